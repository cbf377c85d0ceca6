"""French and English labels in one table, and the choice between them from Accept-Language."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    en = "en"
    fr = "fr"


DEFAULT_LANGUAGE = Language.en

# Problem titles by stable machine code: (English, French).
PROBLEM_TITLES: dict[str, tuple[str, str]] = {
    "bad_request": ("Bad request", "Requête incorrecte"),
    "invalid_cursor": ("Invalid pagination cursor", "Curseur de pagination invalide"),
    "unauthenticated": ("Authentication required", "Authentification requise"),
    "forbidden": ("Forbidden", "Accès refusé"),
    "insufficient_scope": ("Insufficient scope", "Portée d'autorisation insuffisante"),
    "invalid_grant": ("Invalid credentials or grant", "Identifiants ou autorisation invalides"),
    "invalid_client": ("Client authentication failed", "Échec de l'authentification du client"),
    "invalid_scope": ("Invalid scope", "Portée d'autorisation invalide"),
    "unsupported_grant_type": ("Unsupported grant type", "Type d'autorisation non pris en charge"),
    "weak_password": (
        "Password does not meet the policy",
        "Mot de passe non conforme à la politique",
    ),
    "not_found": ("Not found", "Introuvable"),
    "method_not_allowed": ("Method not allowed", "Méthode non autorisée"),
    "not_acceptable": ("Not acceptable", "Non acceptable"),
    "conflict": ("Conflict", "Conflit"),
    "duplicate_value": ("Value already in use", "Valeur déjà utilisée"),
    "id_conflict": (
        "A different record already has this id",
        "Un autre enregistrement porte déjà cet identifiant",
    ),
    "precondition_failed": (
        "The record has changed since it was read",
        "L'enregistrement a changé depuis sa lecture",
    ),
    "precondition_required": (
        "If-Match header required",
        "En-tête If-Match requis",
    ),
    "content_too_large": ("Request body too large", "Corps de requête trop volumineux"),
    "request_header_fields_too_large": (
        "Request headers too large",
        "En-têtes de requête trop volumineux",
    ),
    "request_timeout": ("Request not received in time", "Requête non reçue à temps"),
    "unsupported_media_type": ("Unsupported media type", "Type de contenu non pris en charge"),
    "validation_failed": ("Invalid request", "Requête invalide"),
    "idempotency_key_reused": (
        "Idempotency-Key already used for a different request",
        "Clé d'idempotence déjà utilisée pour une autre requête",
    ),
    "too_many_requests": ("Too many requests", "Trop de requêtes"),
    "custody_ended": ("The custody episode has ended", "L'épisode de détention est clos"),
    "in_custody": ("The person is in custody", "La personne est en détention"),
    "keep_apart": ("Keep-apart constraint", "Contrainte de séparation"),
    "version_published": ("The version is published and frozen", "La version est publiée et figée"),
    "assessment_state": (
        "Not possible in this state of the assessment",
        "Impossible dans cet état de l'évaluation",
    ),
    "not_certified": (
        "No certification for this instrument",
        "Aucune certification pour cet instrument",
    ),
    "certification_expired": ("Certification expired", "Certification expirée"),
    "self_verification": (
        "An assessment is verified by someone else",
        "Une évaluation est vérifiée par une autre personne",
    ),
    "schedule_locked": (
        "Attendance is recorded: the schedule is fixed",
        "Des présences sont enregistrées : le calendrier est figé",
    ),
    "session_full": ("The session is full", "La session est complète"),
    "session_cancelled": ("The session is cancelled", "La session est annulée"),
    "batch_rejected": (
        "The batch was rejected; nothing was written",
        "Le lot a été refusé ; rien n'a été enregistré",
    ),
    "not_eligible": (
        "Not eligible for the programme",
        "Non admissible au programme",
    ),
    "enrolment_state": (
        "Not possible in this state of the enrolment",
        "Impossible dans cet état de l'inscription",
    ),
    "not_released": ("The person has not been released", "La personne n'a pas été libérée"),
    "visitor_banned": ("The visitor is banned", "Le visiteur est interdit de visite"),
    "visitor_not_vetted": (
        "The visitor's vetting is not approved",
        "L'habilitation du visiteur n'est pas accordée",
    ),
    "visitor_kind": (
        "This visitor does not come on this kind of visit",
        "Ce visiteur ne peut pas venir pour ce type de visite",
    ),
    "visitor_not_family": (
        "The visitor is not family of this inmate",
        "Le visiteur n'est pas de la famille de ce détenu",
    ),
    "visit_restricted": (
        "Refused at the inmate's security level",
        "Refusé au niveau de sécurité du détenu",
    ),
    "visit_overlap": (
        "The inmate has another visit at that time",
        "Le détenu a une autre visite à ce moment",
    ),
    "inmate_not_held": (
        "The inmate is not held in this facility",
        "Le détenu n'est pas détenu dans cet établissement",
    ),
    "visit_state": (
        "Not possible in this state of the visit",
        "Impossible dans cet état de la visite",
    ),
    "internal_error": ("Internal error", "Erreur interne"),
    "service_unavailable": ("Service unavailable", "Service indisponible"),
}


def problem_title(code: str, language: Language) -> str:
    en, fr = PROBLEM_TITLES.get(code, PROBLEM_TITLES["bad_request"])
    return fr if language is Language.fr else en


def negotiate_language(accept_language: str | None) -> Language:
    """Pick French or English from an Accept-Language header, by q-value then order."""
    if not accept_language:
        return DEFAULT_LANGUAGE
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept_language.split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                quality = float(params[2:])
            except ValueError:
                quality = 0.0
        primary = tag.strip().split("-")[0].lower()
        if quality > 0:
            ranked.append((-quality, position, primary))
    for _, _, primary in sorted(ranked):
        if primary in Language.__members__:
            return Language(primary)
    return DEFAULT_LANGUAGE


# Languages spoken in Malian prisons, by ISO 639-3 code: (English, French).
LANGUAGES: dict[str, tuple[str, str]] = {
    "bam": ("Bambara", "Bambara"),
    "fra": ("French", "Français"),
    "taq": ("Tamasheq", "Tamasheq"),
    "khq": ("Koyra Chiini Songhay", "Songhaï koyra chiini"),
    "ses": ("Koyraboro Senni Songhay", "Songhaï koyraboro senni"),
    "fuc": ("Pulaar", "Pulaar"),
    "ffm": ("Maasina Fulfulde", "Peul du Macina"),
    "ara": ("Arabic", "Arabe"),
    "mey": ("Hassaniya", "Hassanya"),
    "snk": ("Soninke", "Soninké"),
    "dyu": ("Dyula", "Dioula"),
    "bze": ("Jenaama Bozo", "Bozo djenama"),
    "dts": ("Toro So Dogon", "Dogon toro so"),
    "myk": ("Mamara Senoufo", "Sénoufo mamara"),
    "kao": ("Xaasongaxango", "Khassonké"),
    "mku": ("Konyanka Maninka", "Malinké konyanka"),
    "hau": ("Hausa", "Haoussa"),
    "eng": ("English", "Anglais"),
    "tmh": ("Tamashek (macrolanguage)", "Tamacheq (macrolangue)"),
    "ful": ("Fulah (macrolanguage)", "Peul (macrolangue)"),
}
