using System;
using System.Collections.Generic;
using Corpus.Reading.Text;

namespace Corpus.Reading.Junk;

/// <summary>A phrase found among a paragraph's tokens: tokens <c>[First, Last]</c> and what the lexicon says about it.</summary>
internal readonly record struct PhraseMatch<T>(int First, int Last, T Tag);

/// <summary>
/// A list of phrases in several languages, matched word by word against a paragraph's tokens. A phrase is words
/// separated by spaces; a word ending in <c>*</c> matches every word that starts with it, so that one entry covers the
/// inflected forms of Russian, German or Spanish (<c>займ*</c>: займ, займы, займов). Matching walks a letter trie
/// for the first word, so it costs one pass over the text whatever the size of the list.
/// </summary>
internal sealed class PhraseLexicon<T>
{
    private readonly Node _root = new();

    public PhraseLexicon(IEnumerable<(string Phrase, T Tag)> entries)
    {
        foreach (var (phrase, tag) in entries)
        {
            Add(phrase, tag);
        }

        _root.Freeze();
    }

    /// <summary>
    /// The phrases among <paramref name="tokens"/> <c>[from, to)</c>, left to right; where several start at the same
    /// word the longest is taken, and the words it covers start no other. An address between words breaks a phrase.
    /// Most stretches of text hold no phrase: the list is made for the first match.
    /// </summary>
    public IReadOnlyList<PhraseMatch<T>> Find(IReadOnlyList<Token> tokens, int from, int to)
    {
        List<PhraseMatch<T>>? matches = null;
        var i = from;
        while (i < to)
        {
            var best = LongestAt(tokens, i, to);
            if (best is { } match)
            {
                (matches ??= []).Add(match);
                i = match.Last + 1;
            }
            else
            {
                i++;
            }
        }

        return matches ?? (IReadOnlyList<PhraseMatch<T>>)Array.Empty<PhraseMatch<T>>();
    }

    private PhraseMatch<T>? LongestAt(IReadOnlyList<Token> tokens, int index, int to)
    {
        var token = tokens[index];
        if (!token.IsWord)
        {
            return null;
        }

        PhraseMatch<T>? best = null;
        var word = token.Word;
        var node = _root;
        for (var k = 0; k < word.Length && node is not null; k++)
        {
            node = node.Next(word[k]);
            if (node is null)
            {
                break;
            }

            // Most nodes end no phrase's first word: no call for them.
            if (node.Prefixes is { } prefixes)
            {
                Consider(prefixes, tokens, index, to, ref best);
            }

            if (k == word.Length - 1 && node.Exact is { } exact)
            {
                Consider(exact, tokens, index, to, ref best);
            }
        }

        return best;
    }

    private static void Consider(List<Entry> entries, IReadOnlyList<Token> tokens, int index, int to, ref PhraseMatch<T>? best)
    {
        foreach (var entry in entries)
        {
            var last = index + entry.Rest.Length;
            if (last >= to || (best is { } current && current.Last >= last) || !RestMatches(entry.Rest, tokens, index + 1))
            {
                continue;
            }

            best = new PhraseMatch<T>(index, last, entry.Tag);
        }
    }

    private static bool RestMatches(Pattern[] rest, IReadOnlyList<Token> tokens, int first)
    {
        for (var j = 0; j < rest.Length; j++)
        {
            var token = tokens[first + j];
            if (!token.IsWord || !rest[j].Matches(token.Word))
            {
                return false;
            }
        }

        return true;
    }

    private void Add(string phrase, T tag)
    {
        var words = phrase.Split(' ');
        var first = Pattern.Of(words[0]);
        var node = _root;
        foreach (var letter in first.Text)
        {
            node = node.Child(letter);
        }

        var rest = new Pattern[words.Length - 1];
        for (var i = 1; i < words.Length; i++)
        {
            rest[i - 1] = Pattern.Of(words[i]);
        }

        var entry = new Entry(rest, tag);
        if (first.IsPrefix)
        {
            (node.Prefixes ??= []).Add(entry);
        }
        else
        {
            (node.Exact ??= []).Add(entry);
        }
    }

    private readonly record struct Pattern(string Text, bool IsPrefix)
    {
        public static Pattern Of(string word) =>
            word.EndsWith("*", StringComparison.Ordinal) ? new(word.Substring(0, word.Length - 1), true) : new(word, false);

        public bool Matches(ReadOnlySpan<char> word) =>
            IsPrefix ? word.StartsWith(Text.AsSpan()) : word.SequenceEqual(Text.AsSpan());
    }

    private sealed record Entry(Pattern[] Rest, T Tag);

    private sealed class Node
    {
        private Dictionary<char, Node>? _growing;
        private LetterBranches<Node> _children;

        public List<Entry>? Exact { get; set; }

        public List<Entry>? Prefixes { get; set; }

        public Node? Next(char letter) => _children.Next(letter);

        public Node Child(char letter)
        {
            _growing ??= [];
            if (!_growing.TryGetValue(letter, out var child))
            {
                child = new Node();
                _growing.Add(letter, child);
            }

            return child;
        }

        /// <summary>Turns the children added so far into <see cref="LetterBranches{T}"/>, this node's and below.</summary>
        public void Freeze()
        {
            if (_growing is null)
            {
                return;
            }

            foreach (var child in _growing.Values)
            {
                child.Freeze();
            }

            _children = LetterBranches<Node>.Of(_growing);
            _growing = null;
        }
    }
}
