using System.Collections.Generic;
using Corpus.Reading.Formats;

namespace Corpus.Reading.Junk;

/// <summary>
/// The features of one block that tell body text from furniture, after jusText and boilerpipe: how many words it has,
/// what share of them are function words (prose has many, labels and link lists few), what share of it is link text,
/// whether it ends like a sentence, and which furniture phrase, if any, marks it.
/// </summary>
internal sealed record BlockProfile(int Words, double FunctionShare, double LinkShare, bool EndsSentence, FurnitureClue? Clue, bool IsMenu, bool IsListItem)
{
    /// <summary>A block this long, written as prose, is article text (jusText's "good" block).</summary>
    public const int MinProseWords = 10;

    /// <summary>
    /// A list item this long is prose. Shorter items are headlines or points: a site's link list and an article's list
    /// of measures look alike, so neither tells where the article's running text ends.
    /// </summary>
    public const int MinProseListItemWords = 20;

    /// <summary>The least share of function words in prose; labels and keyword lists have next to none.</summary>
    public const double MinProseFunctionShare = 0.10;

    /// <summary>A block with more link text than this is a link, not prose.</summary>
    public const double LinkLike = 0.5;

    /// <summary>Prose carries a few links at most.</summary>
    private const double MaxProseLinkShare = 0.3;

    /// <summary>A menu is at least this many labels in a row, split by bars or bullets.</summary>
    private const int MinMenuItems = 3;

    /// <summary>A menu's labels are a few words each.</summary>
    private const int MaxMenuItemWords = 3;

    /// <summary>What splits a menu's labels, looked for all at once rather than character by character.</summary>
    private static readonly char[] MenuSeparators = ['|', '•', '·', '»', '/'];

    /// <summary>True for running article text: long enough, prose-like and not mostly links or furniture.</summary>
    public bool IsProse => Clue is null && !IsMenu && Words >= (IsListItem ? MinProseListItemWords : MinProseWords) && FunctionShare >= MinProseFunctionShare && LinkShare < MaxProseLinkShare;

    /// <summary>True when the block is marked as furniture by its own features: a furniture phrase or a menu.</summary>
    public bool IsFurniture => Clue is not null || IsMenu;

    /// <summary>The profile of <paramref name="block"/>, whose <paramref name="tokens"/> and <paramref name="links"/> the filter found once.</summary>
    public static BlockProfile Of(DocumentBlock block, List<Token> tokens, List<LinkSpan> links, ArticleContext context)
    {
        var text = block.Text;
        var words = 0;
        var functionWords = 0;
        var linkCharacters = 0;
        foreach (var token in tokens)
        {
            if (token.IsUrl)
            {
                linkCharacters += token.End - token.Start;
            }
            else if (token.Script != Language.Script.None)
            {
                words++;
                functionWords += context.IsFunctionWord(token) ? 1 : 0;
            }
        }

        foreach (var link in links)
        {
            linkCharacters += link.End - link.Start;
        }

        var functionShare = context.FunctionWordMask == 0 ? 1 : words == 0 ? 0 : (double)functionWords / words;
        var linkShare = text.Length == 0 ? 0 : System.Math.Min(1, (double)linkCharacters / text.Length);
        return new BlockProfile(words, functionShare, linkShare, EndsLikeSentence(text), ClueOf(tokens, words), IsMenuLine(text, words), block.Kind == BlockKind.ListItem);
    }

    /// <summary>
    /// The furniture phrase that marks the block: a label only when it is the whole block (a count and one more
    /// word allowed: "Comments (12)", "Related stories from Reuters"), a marker in a short block, a notice in a
    /// longer one.
    /// </summary>
    private static FurnitureClue? ClueOf(List<Token> tokens, int words)
    {
        if (words == 0 || words > BoilerplateLexicon.MaxNoticeWords)
        {
            return null;
        }

        FurnitureClue? clue = null;
        foreach (var match in BoilerplateLexicon.Instance.Find(tokens, 0, tokens.Count))
        {
            var found = match.Tag switch
            {
                FurnitureClue.Label when OtherWords(tokens, match) <= (match.First == match.Last ? 0 : 1) => FurnitureClue.Label,
                FurnitureClue.Marker when words <= BoilerplateLexicon.MaxMarkedWords => FurnitureClue.Marker,
                FurnitureClue.Notice => FurnitureClue.Notice,
                _ => (FurnitureClue?)null,
            };
            clue ??= found;
        }

        return clue;
    }

    /// <summary>The words of a block outside a phrase, numbers not counted.</summary>
    private static int OtherWords(List<Token> tokens, PhraseMatch<FurnitureClue> match)
    {
        var others = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((i < match.First || i > match.Last) && tokens[i].Script != Language.Script.None)
            {
                others++;
            }
        }

        return others;
    }

    /// <summary>A line of short labels split by bars, bullets or guillemets: "Home | News | Sport", "Home » World".</summary>
    private static bool IsMenuLine(string text, int words)
    {
        var separators = 0;
        var i = text.Length < 3 ? -1 : text.IndexOfAny(MenuSeparators, 1);
        while (i >= 0 && i + 1 < text.Length)
        {
            if (text[i - 1] == ' ' && text[i + 1] == ' ')
            {
                separators++;
            }

            i = text.IndexOfAny(MenuSeparators, i + 1);
        }

        return separators + 1 >= MinMenuItems && words >= separators + 1 && words <= MaxMenuItemWords * (separators + 1);
    }

    private static bool EndsLikeSentence(string text)
    {
        var end = text.Length - 1;
        while (end >= 0 && text[end] is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '*' or '_')
        {
            end--;
        }

        return end >= 0 && text[end] is '.' or '!' or '?' or '…' or '。' or '！' or '？' or ';';
    }
}
