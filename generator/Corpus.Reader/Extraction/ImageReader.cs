using System;
using System.Collections.Generic;
using Corpus.Reading.Formats;
using Corpus.Reading.Model;
using Corpus.Reading.Text;

namespace Corpus.Reading.Extraction;

/// <summary>
/// Reads pictures and their captions as news pages and blogs lay them out:
/// <list type="bullet">
/// <item>a Markdown image alone in its block (<c>![alt](url)</c>), with the next block as its caption when that block
/// reads as one (see <see cref="ReadCaptionAfterImage"/>), else the alt text as the caption;</item>
/// <item>a caption copied from a news page under the headline, ending in the photographer's credit set in bold
/// (<c>Lavrov in London on Tuesday. **Andrew Winning**</c>);</item>
/// <item>a caption ending in a labelled credit, in any format: <c>… Photo: Reuters</c>, <c>… (Photo: AP)</c>,
/// <c>… Photograph: Jane Doe/Reuters</c>, <c>… Credit: …</c>, <c>… Фото: …</c>.</item>
/// </list>
/// </summary>
internal static class ImageReader
{
    /// <summary>A credit is a name or an agency, not a sentence.</summary>
    public const int MaxCreditLength = 80;

    /// <summary>A caption is a sentence or two; anything longer is a paragraph.</summary>
    public const int MaxCaptionLength = 400;

    private static readonly string[] CreditLabels =
    {
        "photograph by", "photographs by", "photo by", "photos by", "image by", "picture by",
        "photograph", "photographs", "photo", "photos", "image", "picture", "credit", "фото", "фотография",
    };

    /// <summary>The images of a block that holds nothing but Markdown images, or <see langword="null"/>.</summary>
    public static IReadOnlyList<InlineSegment>? ReadImageBlock(DocumentBlock block)
    {
        var images = new List<InlineSegment>();
        foreach (var segment in block.Inlines)
        {
            if (segment.Kind == InlineKind.Image)
            {
                images.Add(segment);
            }
            else if (!TextCleaner.IsBlank(segment.Text))
            {
                return null;
            }
        }

        return images.Count > 0 ? images : null;
    }

    /// <summary>A caption ending in a bold or labelled credit, or <see langword="null"/>.</summary>
    public static ImageModel? ReadCreditedCaption(DocumentBlock block)
    {
        if (block.Kind is not (BlockKind.Paragraph or BlockKind.Quote) || block.Text.Length > MaxCaptionLength)
        {
            return null;
        }

        return ReadBoldCredit(block) ?? ReadLabelledCredit(block.Text);
    }

    /// <summary>
    /// The caption block right after an image: a credited caption, or a block set wholly in emphasis
    /// (<c>*Lavrov in London.*</c>) as Markdown writers mark captions.
    /// </summary>
    public static ImageModel? ReadCaptionAfterImage(DocumentBlock block)
    {
        if (ReadCreditedCaption(block) is { } credited)
        {
            return credited;
        }

        var segments = NonBlank(block.Inlines);
        if (block.Kind == BlockKind.Paragraph && block.Text.Length <= MaxCaptionLength && segments.Count == 1 && segments[0].Kind is InlineKind.Emphasis or InlineKind.Strong)
        {
            return ReadLabelledCredit(block.Text) ?? new ImageModel(block.Text);
        }

        return null;
    }

    private static ImageModel? ReadBoldCredit(DocumentBlock block)
    {
        var segments = NonBlank(block.Inlines);
        if (segments.Count < 2 || segments[segments.Count - 1].Kind != InlineKind.Strong)
        {
            return null;
        }

        var credit = StripCreditLabel(TextCleaner.Clean(segments[segments.Count - 1].Text));
        var caption = new System.Text.StringBuilder();
        for (var i = 0; i < segments.Count - 1; i++)
        {
            caption.Append(segments[i].Text);
        }

        var captionText = TextCleaner.Clean(caption.ToString());
        return IsCredit(credit) && TextCleaner.CountWords(captionText) >= 2 ? new ImageModel(captionText, credit) : null;
    }

    /// <summary><c>Caption. Photo: Credit</c> or <c>Caption. (Photo: Credit)</c>.</summary>
    private static ImageModel? ReadLabelledCredit(string text)
    {
        var body = text.TrimEnd();
        var parenthesised = body.EndsWith(")", StringComparison.Ordinal);
        var searchEnd = parenthesised ? body.Length - 1 : body.Length;
        var searchStart = Math.Max(0, searchEnd - MaxCreditLength - 30);
        foreach (var label in CreditLabels)
        {
            var at = LastWordIndex(body, label, searchStart, searchEnd);
            if (at <= 0)
            {
                continue;
            }

            var afterLabel = at + label.Length;
            if (afterLabel >= searchEnd || body[afterLabel] is not (':' or ' '))
            {
                continue;
            }

            var credit = body.Substring(afterLabel, searchEnd - afterLabel).Trim(' ', ':', '\u00A0').TrimEnd('.');
            var captionEnd = at;
            if (parenthesised)
            {
                if (at < 1 || body[at - 1] != '(')
                {
                    continue;
                }

                captionEnd = at - 1;
            }

            var caption = body.Substring(0, captionEnd).TrimEnd(' ', '|', '/', '—', '–', '-');
            if (IsCredit(credit) && TextCleaner.CountWords(caption) >= 2)
            {
                return new ImageModel(caption, credit);
            }
        }

        return null;
    }

    /// <summary>The last place <paramref name="word"/> starts a word (ignoring case) between the bounds, or -1.</summary>
    private static int LastWordIndex(string text, string word, int start, int end)
    {
        // Every label starts with a lower-case letter without an ASCII capital (not ı or ſ), which an ASCII character
        // equals, ignoring case, only as the same letter: most places are passed over on their first character.
        var first = word[0];
        for (var at = end - word.Length; at >= start; at--)
        {
            if (text[at] < '\u0080' && (text[at] | 0x20) != first)
            {
                continue;
            }

            if (string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0 && (at == 0 || !char.IsLetterOrDigit(text[at - 1])))
            {
                return at;
            }
        }

        return -1;
    }

    private static string StripCreditLabel(string credit)
    {
        foreach (var label in CreditLabels)
        {
            if (credit.Length > label.Length + 1 && credit.StartsWith(label, StringComparison.OrdinalIgnoreCase) && credit[label.Length] is ':' or ' ')
            {
                return credit.Substring(label.Length).TrimStart(' ', ':');
            }
        }

        return credit;
    }

    private static bool IsCredit(string credit) =>
        credit.Length is > 1 and <= MaxCreditLength
        && TextCleaner.CountWords(credit) <= 8
        && credit[credit.Length - 1] is not ('.' or '!' or '?' or ',' or ':')
        && char.IsUpper(FirstLetter(credit));

    private static char FirstLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return c;
            }
        }

        return ' ';
    }

    private static List<InlineSegment> NonBlank(IReadOnlyList<InlineSegment> segments)
    {
        var result = new List<InlineSegment>(segments.Count);
        foreach (var segment in segments)
        {
            if (!TextCleaner.IsBlank(segment.Text) || segment.Kind == InlineKind.Image)
            {
                result.Add(segment);
            }
        }

        return result;
    }
}
