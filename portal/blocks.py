"""StreamField blocks shared by every page family.

App-specific blocks (agenda days, key figures…) live in that app's ``blocks.py`` and may
combine these. What editors type here is translatable through wagtail-localize (alt texts are
fields of their own so translators translate them). Labels and help texts are admin-only
English, like Wagtail's own field names in the editor; visitor-facing strings live in the
templates and go through gettext.
"""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="Heading", max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", "Level 2"), ("h3", "Level 3"), ("h4", "Level 4")],
        default="h2",
        label="Level",
        help_text="Keep levels in order: a level 3 heading belongs under a level 2 one.",
    )

    class Meta:
        icon = "title"
        template = "portal/blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label="Image")
    alt_text = blocks.CharBlock(
        label="Alternative text",
        max_length=250,
        required=False,
        help_text=(
            "What the image shows, for people who cannot see it. "
            "Leave empty only if the image is purely decorative."
        ),
    )
    caption = blocks.CharBlock(label="Caption", max_length=250, required=False)

    class Meta:
        icon = "image"
        template = "portal/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label="Quote")
    attribution = blocks.CharBlock(label="Attribution", max_length=200, required=False)

    class Meta:
        icon = "openquote"
        template = "portal/blocks/quote.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label="Document")
    title = blocks.CharBlock(
        label="Link text",
        max_length=200,
        required=False,
        help_text="Defaults to the document's title.",
    )

    class Meta:
        icon = "doc-full"
        template = "portal/blocks/document_link.html"


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="Link text", max_length=120)
    page = blocks.PageChooserBlock(label="Page", required=False)
    url = blocks.URLBlock(label="Or web address", required=False)

    class Meta:
        icon = "link"
        template = "portal/blocks/call_to_action.html"


class BodyBlock(blocks.StreamBlock):
    """The rich body every page type offers its editors."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label="Paragraph",
        features=["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"],
    )
    image = ImageBlock()
    quote = QuoteBlock()
    document = DocumentLinkBlock()
    call_to_action = CallToActionBlock()

    class Meta:
        required = False
