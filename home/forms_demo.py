"""The portal's two standard forms, for the demo-content command (and a fresh site).

    from home.forms_demo import build_contact_form, build_expression_of_interest_form
    contact = build_contact_form(home, privacy_notice=privacy_page)
    interest = build_expression_of_interest_form(home, privacy_notice=privacy_page)

Each function is idempotent (a form already under ``parent`` with the slug is returned
as it is), creates and publishes the English page with its fields, and returns it. They
create no aliases: call ``wagtail_localize.synctree.create_aliases_for_new_page(page)`` (or
``manage.py sync_locale_trees``) so that the other 26 languages get the form. The field
lists are plain data, so translations of labels and help texts can be keyed on them.
"""

from home.models import FormField, FormPage

CONTACT_SLUG = "contact"
CONTACT_TITLE = "Contact the programme"
CONTACT_INTRO = (
    "<p>Questions about the World Cities programme, its cities or its events? "
    "Write to the programme team: we answer within five working days.</p>"
)
CONTACT_THANK_YOU = (
    "<p>Thank you for your message. The programme team will answer within five working days.</p>"
)
# (label, field type, required, help text)
CONTACT_FIELDS = [
    ("Your name", "singleline", True, ""),
    ("E-mail address", "email", True, "We only use it to answer you."),
    ("Organisation", "singleline", False, ""),
    ("Subject", "singleline", True, ""),
    ("Message", "multiline", True, ""),
]

INTEREST_SLUG = "expression-of-interest"
INTEREST_TITLE = "Expression of interest: join the next cycle"
INTEREST_INTRO = (
    "<p>Cities in the European Union and in the partner countries can express their "
    "interest in the next cycle of city pairs. Tell us who you are, what your city wants "
    "to work on and how it would involve its government, research and business.</p>"
)
INTEREST_THANK_YOU = (
    "<p>Thank you. Your city's expression of interest has reached the programme team, "
    "who will contact you about the next steps.</p>"
)
INTEREST_FIELDS = [
    ("City", "singleline", True, ""),
    ("Country", "singleline", True, ""),
    ("Organisation", "singleline", True, "The city administration or agency that applies."),
    ("Contact person", "singleline", True, ""),
    ("E-mail address", "email", True, ""),
    ("Themes of interest", "themes", True, "Choose every theme your city wants to work on."),
    ("Goals", "multiline", True, "What should the cooperation achieve for your city?"),
    (
        "Government, research and business",
        "multiline",
        True,
        "How would the city involve its government, research institutions and businesses?",
    ),
]


def build_form(parent, *, slug, title, intro, thank_you_text, fields, privacy_notice, **extra):
    existing = FormPage.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = FormPage(
        title=title,
        slug=slug,
        intro=intro,
        thank_you_text=thank_you_text,
        privacy_notice=privacy_notice,
        collects_personal_data=True,
        **extra,
    )
    for order, (label, field_type, required, help_text) in enumerate(fields):
        # sort_order is what keeps the fields in this order (the admin's inline panel sets
        # it; code must too, or the database may return them in any order).
        page.form_fields.add(
            FormField(
                label=label,
                field_type=field_type,
                required=required,
                help_text=help_text,
                sort_order=order,
            )
        )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def build_contact_form(parent, privacy_notice, to_address="", **extra):
    """ "Contact the programme": name, e-mail, organisation, subject, message, consent."""
    return build_form(
        parent,
        slug=CONTACT_SLUG,
        title=CONTACT_TITLE,
        intro=CONTACT_INTRO,
        thank_you_text=CONTACT_THANK_YOU,
        fields=CONTACT_FIELDS,
        privacy_notice=privacy_notice,
        to_address=to_address,
        **extra,
    )


def build_expression_of_interest_form(parent, privacy_notice, to_address="", **extra):
    """A city's expression of interest, with themes chosen from the Theme snippets."""
    return build_form(
        parent,
        slug=INTEREST_SLUG,
        title=INTEREST_TITLE,
        intro=INTEREST_INTRO,
        thank_you_text=INTEREST_THANK_YOU,
        fields=INTEREST_FIELDS,
        privacy_notice=privacy_notice,
        to_address=to_address,
        **extra,
    )
