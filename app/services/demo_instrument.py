"""A demonstration instrument in the style of structured professional judgement tools.

It is NOT a validated risk assessment tool: it exists so that the demonstration has
something to rate. A real instrument is tailored to the Malian context with DNAPES.
"""

from __future__ import annotations

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models.instrument import Instrument
from app.principal import SYSTEM_ACTOR
from app.schemas.instrument import Domain, InstrumentCreate, Item, ItemKind, VersionContent
from app.services import instruments

CODE = "DEMO-SPJ"
RISK = ["low", "moderate", "high"]
PRESENCE = ["absent", "partially_present", "present"]

DOMAINS = [
    ("beliefs_attitudes", "Beliefs and attitudes", "Croyances et attitudes"),
    ("context_intent", "Context and intent", "Contexte et intention"),
    ("history_capability", "History and capability", "Antécédents et capacités"),
    ("commitment_motivation", "Commitment and motivation", "Engagement et motivation"),
    ("protective_factors", "Protective factors", "Facteurs de protection"),
]
# (code, domain, English label, French label, kind, scale)
ITEMS = [
    (
        "grievance",
        "beliefs_attitudes",
        "Perceived grievance and injustice",
        "Sentiment d'injustice et de grief",
        ItemKind.risk,
        RISK,
    ),
    (
        "ideology_identification",
        "beliefs_attitudes",
        "Identification with a violent ideology",
        "Adhésion à une idéologie violente",
        ItemKind.risk,
        RISK,
    ),
    (
        "us_them_thinking",
        "beliefs_attitudes",
        "Us-versus-them thinking",
        "Pensée « nous contre eux »",
        ItemKind.risk,
        RISK,
    ),
    (
        "group_contact",
        "context_intent",
        "Contact with violent groups",
        "Contacts avec des groupes violents",
        ItemKind.risk,
        RISK,
    ),
    (
        "expressed_intent",
        "context_intent",
        "Expressed intent to act violently",
        "Intention exprimée d'agir violemment",
        ItemKind.risk,
        RISK,
    ),
    (
        "prior_violence",
        "history_capability",
        "History of violence",
        "Antécédents de violence",
        ItemKind.risk,
        RISK,
    ),
    (
        "skills_training",
        "history_capability",
        "Combat or weapons training",
        "Formation au combat ou aux armes",
        ItemKind.risk,
        RISK,
    ),
    (
        "need_belonging",
        "commitment_motivation",
        "Need for belonging and status",
        "Besoin d'appartenance et de statut",
        ItemKind.risk,
        RISK,
    ),
    (
        "material_motive",
        "commitment_motivation",
        "Material or economic motive",
        "Motivation matérielle ou économique",
        ItemKind.risk,
        RISK,
    ),
    (
        "family_support",
        "protective_factors",
        "Supportive family ties",
        "Liens familiaux de soutien",
        ItemKind.protective,
        PRESENCE,
    ),
    (
        "rejects_violence",
        "protective_factors",
        "Rejection of violence",
        "Rejet de la violence",
        ItemKind.protective,
        PRESENCE,
    ),
    (
        "vocational_interest",
        "protective_factors",
        "Interest in work or training",
        "Intérêt pour un métier ou une formation",
        ItemKind.protective,
        PRESENCE,
    ),
]


async def seed_demo_instrument(session: AsyncSession) -> bool:
    """Install and publish the demonstration instrument unless it exists."""
    if (await session.exec(select(Instrument.id).where(Instrument.code == CODE))).first():
        return False
    instrument, _ = await instruments.create_instrument(
        session,
        SYSTEM_ACTOR,
        InstrumentCreate(
            code=CODE,
            name="Demonstration SPJ instrument (not validated)",
            description="A demonstration in the style of structured-professional-judgement "
            "tools. It is not a validated risk assessment instrument and must not be used "
            "to assess anyone.",
        ),
    )
    content = VersionContent(
        domains=[Domain(code=c, label_en=en, label_fr=fr) for c, en, fr in DOMAINS],
        items=[
            Item(
                code=c,
                domain=d,
                label_en=en,
                label_fr=fr,
                kind=kind,
                scale=scale,
                guidance_en="Demonstration guidance.",
                guidance_fr="Consigne de démonstration.",
            )
            for c, d, en, fr, kind, scale in ITEMS
        ],
    )
    version = await instruments.create_version(session, SYSTEM_ACTOR, instrument.id, content)
    await instruments.publish(session, SYSTEM_ACTOR, instrument.id, version.number)
    return True
