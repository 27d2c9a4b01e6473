using System.Collections.Generic;
using System.Linq;
using Corpus.Reading.Text;

namespace Corpus.Reading.Language;

/// <summary>
/// The function words of every language, as a trie: the tokenizer walks it one letter at a time while it reads a
/// word, so looking a word up costs nothing extra and allocates nothing.
/// </summary>
internal sealed class WordTrie
{
    private LetterBranches<WordTrie> _children;

    /// <summary>The languages (bits indexed like <see cref="LanguageProfile.All"/>) whose word ends here.</summary>
    public int Languages { get; private set; }

    public WordTrie? Next(char letter) => _children.Next(letter);

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

        return root.ToTrie();
    }

    private sealed class Builder
    {
        public Dictionary<char, Builder> Children { get; } = [];

        public int Languages { get; set; }

        public WordTrie ToTrie() => new()
        {
            Languages = Languages,
            _children = LetterBranches<WordTrie>.Of(Children.Select(c => new KeyValuePair<char, WordTrie>(c.Key, c.Value.ToTrie()))),
        };
    }
}
