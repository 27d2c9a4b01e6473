using Corpus.Reading.Formats;
using Corpus.Reading.Text;

namespace Corpus.Reading.Extraction;

/// <summary>
/// Tells running text from the short lines that surround it on news pages (bylines, dates, captions, kickers, credits,
/// navigation). The header zone ends at the first block of running text, and the footer zone at the last one.
/// </summary>
internal static class ParagraphShape
{
    /// <summary>So many words make running text whatever they end with.</summary>
    public const int LongParagraphWords = 10;

    /// <summary>So many words ending a sentence make running text.</summary>
    public const int SentenceWords = 4;

    public static bool IsRunningText(DocumentBlock block)
    {
        if (block.Kind is not (BlockKind.Paragraph or BlockKind.Quote) || block.Text.Length == 0)
        {
            return false;
        }

        var words = TextCleaner.CountWords(block.Text);
        return words >= LongParagraphWords || (words >= SentenceWords && EndsSentence(block.Text));
    }

    private static bool EndsSentence(string text) =>
        text[text.Length - 1] is '.' or '!' or '?' or '…' or '"' or '”' or '»' or '\'' or '’' or ':' or ';';
}
