using System.Collections.Generic;

namespace Corpus.Reading.Language;

/// <summary>
/// The function words of every language, as a trie: the tokenizer walks it one letter at a time while it reads a
/// word, so looking a word up costs nothing extra and allocates nothing.
/// </summary>
internal sealed class WordTrie
{
    private Dictionary<char, WordTrie>? _children;

    /// <summary>The languages (bits indexed like <see cref="LanguageProfile.All"/>) whose word ends here.</summary>
    public int Languages { get; private set; }

    public WordTrie? Next(char letter) =>
        _children is not null && _children.TryGetValue(letter, out var child) ? child : null;

    public static WordTrie Build(IReadOnlyList<LanguageProfile> profiles)
    {
        var root = new WordTrie();
        for (var language = 0; language < profiles.Count; language++)
        {
            foreach (var word in profiles[language].Words)
            {
                var node = root;
                foreach (var letter in word)
                {
                    node._children ??= new Dictionary<char, WordTrie>();
                    if (!node._children.TryGetValue(letter, out var child))
                    {
                        child = new WordTrie();
                        node._children.Add(letter, child);
                    }

                    node = child;
                }

                node.Languages |= 1 << language;
            }
        }

        return root;
    }
}
