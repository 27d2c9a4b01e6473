using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Reading.Language;

/// <summary>
/// The function words of every language, as a trie: the tokenizer walks it one letter at a time while it reads a
/// word, so looking a word up costs nothing extra and allocates nothing.
/// </summary>
/// <remarks>
/// A node's children are kept as sorted letters beside their nodes, and the root's ASCII letters in a table: the walk
/// takes a step for nearly every letter of an article's sample, and a dictionary lookup per letter was a tenth of the
/// reader's time.
/// </remarks>
internal sealed class WordTrie
{
    /// <summary>Up to this many children are searched one by one; more, by halves.</summary>
    private const int LinearSearchLimit = 8;

    private char[] _letters = [];
    private WordTrie[] _nodes = [];
    private WordTrie?[]? _ascii;

    /// <summary>The languages (bits indexed like <see cref="LanguageProfile.All"/>) whose word ends here.</summary>
    public int Languages { get; private set; }

    public WordTrie? Next(char letter)
    {
        if (_ascii is not null && letter < _ascii.Length)
        {
            return _ascii[letter];
        }

        var letters = _letters;
        if (letters.Length <= LinearSearchLimit)
        {
            for (var i = 0; i < letters.Length; i++)
            {
                if (letters[i] == letter)
                {
                    return _nodes[i];
                }
            }

            return null;
        }

        var found = Array.BinarySearch(letters, letter);
        return found >= 0 ? _nodes[found] : null;
    }

    public static WordTrie Build(IReadOnlyList<LanguageProfile> profiles)
    {
        var root = new Builder();
        for (var language = 0; language < profiles.Count; language++)
        {
            foreach (var word in profiles[language].Words)
            {
                var node = root;
                foreach (var letter in word)
                {
                    if (!node.Children.TryGetValue(letter, out var child))
                    {
                        child = new Builder();
                        node.Children.Add(letter, child);
                    }

                    node = child;
                }

                node.Languages |= 1 << language;
            }
        }

        var trie = root.ToTrie();
        trie._ascii = new WordTrie?[128];
        for (var i = 0; i < trie._letters.Length; i++)
        {
            if (trie._letters[i] < trie._ascii.Length)
            {
                trie._ascii[trie._letters[i]] = trie._nodes[i];
            }
        }

        return trie;
    }

    private sealed class Builder
    {
        public Dictionary<char, Builder> Children { get; } = [];

        public int Languages { get; set; }

        public WordTrie ToTrie()
        {
            var children = Children.OrderBy(c => c.Key).ToList();
            return new WordTrie
            {
                Languages = Languages,
                _letters = children.Select(c => c.Key).ToArray(),
                _nodes = children.Select(c => c.Value.ToTrie()).ToArray(),
            };
        }
    }
}
