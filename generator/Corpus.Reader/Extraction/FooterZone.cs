using System.Collections.Generic;
using Corpus.Reading.Formats;

namespace Corpus.Reading.Extraction;

/// <summary>What the footer zone gave: the credits in article order and the original address.</summary>
internal sealed class FooterReading
{
    public List<string> Credits { get; } = new();

    public string? OriginalUrl { get; set; }
}

/// <summary>
/// The footer zone is what follows the last paragraph of running text, read from the end of the article, at most
/// <see cref="MaxBlocks"/> blocks. Wire copy and copied web pages close with a credit line (<c>*(Reuters, MT)*</c>) and a
/// note of where the text came from (<c>Original url:</c> and the address): those lines are taken out of the body.
/// Other blocks there (a lone <c>-</c>, navigation lists, a comment form) are passed over and left in place: removing
/// them is junk removal's job, not metadata's. The last paragraph of running text itself can end in an agency credit
/// (<c>… said. (Reuters)</c>), which is cut off it.
/// </summary>
internal static class FooterZone
{
    public const int MaxBlocks = 20;

    public static FooterReading Read(IReadOnlyList<DocumentBlock> blocks, int start, bool[] taken, string?[] texts)
    {
        var footer = new FooterReading();
        var creditLines = new List<IReadOnlyList<string>>();
        var seen = 0;
        for (var i = blocks.Count - 1; i >= start && seen < MaxBlocks; i--, seen++)
        {
            var block = blocks[i];
            if (taken[i])
            {
                continue;
            }

            if (SourceUrlReader.ReadBare(block) is { } bare && i - 1 >= start && !taken[i - 1] && SourceUrlReader.IsLabelOnly(blocks[i - 1]))
            {
                taken[i] = taken[i - 1] = true;
                SetUrl(footer, bare);
                i--;
                continue;
            }

            if (SourceUrlReader.ReadLabelled(block) is { } labelled)
            {
                taken[i] = true;
                SetUrl(footer, labelled);
                continue;
            }

            if (CreditLineReader.Read(block) is { } credits)
            {
                taken[i] = true;
                creditLines.Add(credits);
                continue;
            }

            if (ParagraphShape.IsRunningText(block))
            {
                if (texts[i] is { } text && CreditLineReader.ReadTrailing(text) is { } trailing)
                {
                    texts[i] = trailing.Remainder;
                    creditLines.Add(trailing.Credits);
                }

                break;
            }
        }

        // Read from the end, so the last line found is the first in the article.
        for (var k = creditLines.Count - 1; k >= 0; k--)
        {
            footer.Credits.AddRange(creditLines[k]);
        }

        return footer;
    }

    /// <summary>The note nearest the end of the article is read first; an earlier one is the same note again, or a quoted source.</summary>
    private static void SetUrl(FooterReading footer, string url) => footer.OriginalUrl ??= url;
}
