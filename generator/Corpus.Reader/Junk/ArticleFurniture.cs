using System;
using System.Collections.Generic;
using Corpus.Reading.Formats;

namespace Corpus.Reading.Junk;

/// <summary>
/// The furniture that belongs to the article and is never junk: a wire or agency credit (<c>(Reuters, MT)</c>,
/// <c>(AP)</c>, <c>Reporting by …; Editing by …</c>) and a source footer (<c>Original url:</c>, <c>Source:</c>,
/// <c>Источник:</c> with the address, or the address alone closing the file). They are metadata that extraction
/// reads, so junk rules leave them alone, and their links vouch for their site.
/// </summary>
internal static class ArticleFurniture
{
    /// <summary>A credit in brackets is a few words: agencies and initials.</summary>
    private const int MaxCreditWords = 8;

    /// <summary>Longer blocks are prose; they are not looked at.</summary>
    private const int MaxLength = 2048;

    /// <summary>A source label is a few words before the address.</summary>
    private const int MaxSourceLabelWords = 12;

    private static readonly string[] CreditOpenings =
    [
        "reporting by", "additional reporting by", "editing by", "writing by", "compiled by", "with reporting by",
    ];

    private static readonly string[] SourceOpenings =
    [
        "original url", "original article", "originally published", "source url", "source", "read the original",
        "this article was originally published", "this article first appeared", "источник", "первоисточник",
        "оригинал статьи", "джерело", "quelle", "originalartikel", "fuente", "artículo original", "fonte", "źródło",
    ];

    /// <summary>Marks the blocks that are credits or the source footer.</summary>
    /// <param name="blocks">The body's blocks.</param>
    /// <param name="tokens">Each block's tokens, scanned once for the whole filter.</param>
    public static bool[] Find(IReadOnlyList<DocumentBlock> blocks, IReadOnlyList<List<Token>> tokens)
    {
        var isProtected = new bool[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Text.Length > MaxLength)
            {
                continue;
            }

            if (IsCredit(block.Text) || IsSourceLabel(block.Text))
            {
                isProtected[i] = true;
            }
            else if (IsLoneAddress(tokens[i]) && (i == blocks.Count - 1 || (i > 0 && IsSourceLabel(blocks[i - 1].Text))))
            {
                isProtected[i] = true;
            }
        }

        return isProtected;
    }

    private static bool IsCredit(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 2 && trimmed[0] == '(' && trimmed[trimmed.Length - 1] == ')')
        {
            return CountWords(trimmed) <= MaxCreditWords;
        }

        return StartsWithAny(trimmed.TrimStart('('), CreditOpenings) && CountWords(trimmed) <= 30;
    }

    private static bool IsSourceLabel(string text) =>
        StartsWithAny(text, SourceOpenings) && CountWords(text) <= MaxSourceLabelWords && HasColonOrAddress(text);

    private static bool HasColonOrAddress(string text) =>
        text.IndexOf(':') >= 0 || text.IndexOf("http", StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool IsLoneAddress(List<Token> tokens) => tokens.Count == 1 && tokens[0].IsUrl;

    private static bool StartsWithAny(string text, string[] openings)
    {
        foreach (var opening in openings)
        {
            if (text.StartsWith(opening, StringComparison.OrdinalIgnoreCase)
                && (text.Length == opening.Length || !char.IsLetter(text[opening.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static int CountWords(string text)
    {
        var words = 0;
        foreach (var token in TextScanner.Scan(text))
        {
            words += token.IsWord ? 1 : 0;
        }

        return words;
    }
}
