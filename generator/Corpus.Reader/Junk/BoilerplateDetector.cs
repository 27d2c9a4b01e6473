using System.Collections.Generic;
using Corpus.Reading.Formats;

namespace Corpus.Reading.Junk;

/// <summary>
/// Finds the blocks of an article that are site furniture rather than article text. The rules, and the pages they
/// were written for:
/// <list type="number">
/// <item><description>A block a furniture phrase marks (<see cref="BoilerplateLexicon"/>) or a menu line is furniture
/// anywhere: "Share", "Comments (3)", "Place your comment", "We use cookies…", "Home | News | Sport". In the middle
/// of the article a bare label that is a heading is left alone: a section may be called "Search".</description></item>
/// <item><description>Three or more blocks in a row that are mostly link text are a link list (navigation, related
/// stories, tag clouds) anywhere.</description></item>
/// <item><description>The tail: after the last prose block, the first furniture block — or a separator line
/// (a lone <c>-</c>, <c>***</c>) when furniture follows it — starts the site's footer, and every block after it that
/// does not read as a sentence (list items, headings, labels, links) goes with it: the seed pages' "read below" link
/// lists, "Sign petition", "Contact us". A short closing sentence survives, wherever it stands.</description></item>
/// <item><description>A list right after a "read also" or "related" block is that block's list of links, even
/// without link markup (plain text loses it).</description></item>
/// </list>
/// Credits and the source footer (<see cref="ArticleFurniture"/>) are never furniture.
/// </summary>
internal static class BoilerplateDetector
{
    /// <summary>A link list is at least this many link blocks in a row.</summary>
    private const int MinLinkListLength = 3;

    /// <summary>Items of a related-stories list are headlines, not paragraphs.</summary>
    private const int MaxListedHeadlineWords = 15;

    /// <summary>A block this short is a label, whatever its punctuation.</summary>
    private const int MaxLabelWords = 3;

    public static bool[] Find(IReadOnlyList<DocumentBlock> blocks, IReadOnlyList<BlockProfile> profiles, bool[] isProtected)
    {
        var count = blocks.Count;
        var furniture = new bool[count];
        var firstProse = -1;
        var lastProse = -1;
        for (var i = 0; i < count; i++)
        {
            if (isProtected[i])
            {
                continue;
            }

            if (profiles[i].IsProse)
            {
                firstProse = firstProse < 0 ? i : firstProse;
                lastProse = i;
            }
        }

        for (var i = 0; i < count; i++)
        {
            var inMiddle = i > firstProse && i < lastProse;
            furniture[i] = !isProtected[i] && profiles[i].IsFurniture
                && !(inMiddle && blocks[i].Kind == BlockKind.Heading && profiles[i].Clue == FurnitureClue.Label);
        }

        MarkLinkLists(blocks, profiles, isProtected, furniture);
        MarkListsAfterOpeners(blocks, profiles, isProtected, furniture);
        MarkTail(blocks, profiles, isProtected, furniture, lastProse);
        return furniture;
    }

    private static void MarkLinkLists(IReadOnlyList<DocumentBlock> blocks, IReadOnlyList<BlockProfile> profiles, bool[] isProtected, bool[] furniture)
    {
        var runStart = 0;
        for (var i = 0; i <= blocks.Count; i++)
        {
            var isLink = i < blocks.Count && !isProtected[i] && profiles[i].LinkShare >= BlockProfile.LinkLike && profiles[i].Words <= MaxListedHeadlineWords;
            if (isLink)
            {
                continue;
            }

            if (i - runStart >= MinLinkListLength)
            {
                for (var j = runStart; j < i; j++)
                {
                    furniture[j] = true;
                }
            }

            runStart = i + 1;
        }
    }

    /// <summary>
    /// A list right after a "read also" or "related" block is its list of headlines when most items read as
    /// headlines; the whole list goes, a question among the headlines included.
    /// </summary>
    private static void MarkListsAfterOpeners(IReadOnlyList<DocumentBlock> blocks, IReadOnlyList<BlockProfile> profiles, bool[] isProtected, bool[] furniture)
    {
        for (var i = 0; i + 1 < blocks.Count; i++)
        {
            if (!furniture[i] || profiles[i].Clue is not (FurnitureClue.Label or FurnitureClue.Marker))
            {
                continue;
            }

            var end = i + 1;
            var headlines = 0;
            while (end < blocks.Count && blocks[end].Kind == BlockKind.ListItem && !isProtected[end])
            {
                headlines += IsHeadlineLike(profiles[end]) ? 1 : 0;
                end++;
            }

            if (headlines * 3 < (end - i - 1) * 2)
            {
                continue;
            }

            for (var j = i + 1; j < end; j++)
            {
                furniture[j] = true;
            }
        }
    }

    private static void MarkTail(IReadOnlyList<DocumentBlock> blocks, IReadOnlyList<BlockProfile> profiles, bool[] isProtected, bool[] furniture, int lastProse)
    {
        var tailStart = lastProse + 1;
        if (lastProse < 0)
        {
            // No prose at all: the footer can only start after the first block that is not furniture.
            tailStart = 0;
            while (tailStart < blocks.Count && (furniture[tailStart] || blocks[tailStart].Kind == BlockKind.Separator))
            {
                tailStart++;
            }

            tailStart++;
        }

        var trigger = -1;
        for (var i = tailStart; i < blocks.Count && trigger < 0; i++)
        {
            if (furniture[i] || (blocks[i].Kind == BlockKind.Separator && AnyFurnitureAfter(furniture, i)))
            {
                trigger = i;
            }
        }

        if (trigger < 0)
        {
            return;
        }

        for (var i = trigger + 1; i < blocks.Count; i++)
        {
            if (!isProtected[i] && blocks[i].Kind != BlockKind.Separator && IsNotASentence(blocks[i], profiles[i]))
            {
                furniture[i] = true;
            }
        }
    }

    private static bool AnyFurnitureAfter(bool[] furniture, int index)
    {
        for (var i = index + 1; i < furniture.Length; i++)
        {
            if (furniture[i])
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHeadlineLike(BlockProfile profile) =>
        profile.Words <= MaxListedHeadlineWords && (!profile.EndsSentence || profile.LinkShare >= BlockProfile.LinkLike);

    /// <summary>A list item, heading, label or link, or a line that does not end like a sentence.</summary>
    private static bool IsNotASentence(DocumentBlock block, BlockProfile profile) =>
        block.Kind is BlockKind.ListItem or BlockKind.Heading
        || !profile.EndsSentence
        || profile.LinkShare >= BlockProfile.LinkLike
        || profile.Words <= MaxLabelWords;
}
