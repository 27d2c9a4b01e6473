using System;
using System.Collections.Generic;
using Corpus.Reading.Language;

namespace Corpus.Reading.Junk;

/// <summary>
/// What the junk rules need to know about the whole article: its main script, whose function words count as prose,
/// and which sites the article itself talks about. A link is suspicious only when nothing else in the article refers
/// to its site: a report on a website names it (<c>Amnesty International</c> for <c>amnesty.org</c>, <c>The Moscow
/// Times</c> for <c>themoscowtimes.com</c>), while an injected link's site appears nowhere but in the spam.
/// </summary>
internal sealed class ArticleContext
{
    /// <summary>Sites beyond this many are not looked for in the text: a link farm is judged without them.</summary>
    private const int MaxSites = 512;

    /// <summary>A site name is found in up to this many consecutive words (<c>the moscow times</c>).</summary>
    private const int MaxWordsPerName = 4;

    private readonly Dictionary<string, List<(int Block, int Offset)>> _mentions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _vouched = new(StringComparer.Ordinal);

    /// <summary>Every prefix of every site name: the whole names map to themselves, the shorter prefixes to null.</summary>
    private readonly WordTable<string?> _names = new();

    /// <summary>
    /// The first letters of the site names, one bit each by their code modulo 64: a word that starts with none of them
    /// starts no name, and most words are so passed over without a look-up.
    /// </summary>
    private ulong _firstLetters;

    private ArticleContext(Script script, int functionWordMask)
    {
        Script = script;
        FunctionWordMask = functionWordMask;
    }

    /// <summary>The script most of the article's letters are in.</summary>
    public Script Script { get; }

    /// <summary>The languages whose function words count as prose in this article; 0 when none is known for its script.</summary>
    public int FunctionWordMask { get; }

    /// <summary>
    /// Reads the article once for its script and the sites it links to; links in the protected footer (the source
    /// address) vouch for their site. Then reads it again for the words that name those sites.
    /// </summary>
    /// <param name="tokens">Each body block's tokens, scanned once for the whole filter.</param>
    /// <param name="links">Each body block's links, found once for the whole filter.</param>
    /// <param name="language">The article's language, when known.</param>
    /// <param name="isProtected">Which blocks are credits or the source footer.</param>
    public static ArticleContext Build(IReadOnlyList<List<Token>> tokens, IReadOnlyList<List<LinkSpan>> links, string? language, bool[] isProtected)
    {
        var letters = new int[Scripts.Count];
        var sites = new HashSet<string>(StringComparer.Ordinal);
        var vouched = new List<string>();
        for (var b = 0; b < tokens.Count; b++)
        {
            foreach (var token in tokens[b])
            {
                if (token.IsWord)
                {
                    letters[(int)token.Script] += token.End - token.Start;
                }
                else
                {
                    AddSite(TextScanner.SiteName(token.Host), isProtected[b], sites, vouched);
                }
            }

            foreach (var link in links[b])
            {
                AddSite(TextScanner.SiteName(link.Host), isProtected[b], sites, vouched);
            }
        }

        letters[(int)Script.None] = 0;
        var script = Scripts.Largest(letters);
        var context = new ArticleContext(script, FunctionWords.MaskFor(language, script));
        context._vouched.UnionWith(vouched);
        context.FindMentions(tokens, sites);
        return context;
    }

    /// <summary>
    /// True when the article refers to the site named <paramref name="siteName"/> outside <c>[start, end)</c> of block
    /// <paramref name="block"/>: in words anywhere else, or by a link in its source footer.
    /// </summary>
    public bool IsReferenced(string siteName, int block, int start, int end)
    {
        if (siteName.Length == 0 || _vouched.Contains(siteName))
        {
            return true;
        }

        if (!_mentions.TryGetValue(siteName, out var mentions))
        {
            return false;
        }

        foreach (var (mentionBlock, offset) in mentions)
        {
            if (mentionBlock != block || offset < start || offset >= end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="word"/> is a function word of the article's languages.</summary>
    public bool IsFunctionWord(Token word) => (word.FunctionWordLanguages & FunctionWordMask) != 0;

    private static void AddSite(string name, bool vouchedFor, HashSet<string> sites, List<string> vouched)
    {
        // A one- or two-letter label ("t.co", "x.com") is too short to be told from an ordinary word.
        if (name.Length < 3 || sites.Count >= MaxSites)
        {
            return;
        }

        sites.Add(name);
        if (vouchedFor)
        {
            vouched.Add(name);
        }
    }

    private void FindMentions(IReadOnlyList<List<Token>> tokens, HashSet<string> sites)
    {
        if (sites.Count == 0)
        {
            return;
        }

        var longest = 0;
        foreach (var site in sites)
        {
            for (var length = 1; length < site.Length; length++)
            {
                _names.TryAdd(site.Substring(0, length), null);
            }

            _names.Set(site, site);
            _firstLetters |= 1UL << (site[0] & 63);
            longest = Math.Max(longest, site.Length);
        }

        var joined = new char[longest];
        for (var b = 0; b < tokens.Count; b++)
        {
            for (var i = 0; i < tokens[b].Count; i++)
            {
                FindMentionAt(tokens[b], i, b, joined);
            }
        }
    }

    /// <summary>
    /// Looks for a site's name in the words from <paramref name="first"/> on, joined without spaces in
    /// <paramref name="joined"/>, which holds the longest name.
    /// </summary>
    private void FindMentionAt(List<Token> tokens, int first, int block, char[] joined)
    {
        if (!tokens[first].IsWord || (_firstLetters & (1UL << (tokens[first].Word[0] & 63))) == 0)
        {
            return;
        }

        var length = 0;
        for (var i = first; i < tokens.Count && i < first + MaxWordsPerName && tokens[i].IsWord; i++)
        {
            var word = tokens[i].Word;
            if (length + word.Length > joined.Length)
            {
                return;
            }

            word.CopyTo(joined.AsSpan(length));
            length += word.Length;
            if (!_names.TryGetValue(joined.AsSpan(0, length), out var site))
            {
                return;
            }

            if (site is not null)
            {
                if (!_mentions.TryGetValue(site, out var list))
                {
                    list = [];
                    _mentions.Add(site, list);
                }

                // A few places are plenty to tell whether one lies outside the stretch being judged.
                if (list.Count < 8)
                {
                    list.Add((block, tokens[first].Start));
                }
            }
        }
    }
}
