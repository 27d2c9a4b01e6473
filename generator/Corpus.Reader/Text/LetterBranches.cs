using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Reading.Text;

/// <summary>
/// A trie node's children by letter, for tries walked one letter at a time over every word of a text: sorted letters
/// beside their nodes, searched one by one when few and by halves when many, and optionally an ASCII table (for a
/// root, where nearly every walk starts). A dictionary lookup per letter cost a tenth of the reader's time.
/// </summary>
/// <typeparam name="T">The node type.</typeparam>
internal readonly struct LetterBranches<T>
    where T : class
{
    /// <summary>Up to this many children are searched one by one; more, by halves.</summary>
    private const int LinearSearchLimit = 8;

    private readonly char[] _letters;
    private readonly T[] _nodes;
    private readonly T?[]? _ascii;

    private LetterBranches(char[] letters, T[] nodes, T?[]? ascii)
    {
        _letters = letters;
        _nodes = nodes;
        _ascii = ascii;
    }

    /// <summary>The branches for <paramref name="children"/>, with an ASCII table when <paramref name="withAsciiTable"/>.</summary>
    public static LetterBranches<T> Of(IEnumerable<KeyValuePair<char, T>> children, bool withAsciiTable = false)
    {
        var sorted = children.OrderBy(c => c.Key).ToArray();
        var letters = Array.ConvertAll(sorted, c => c.Key);
        var nodes = Array.ConvertAll(sorted, c => c.Value);
        T?[]? ascii = null;
        if (withAsciiTable)
        {
            ascii = new T?[128];
            for (var i = 0; i < letters.Length && letters[i] < ascii.Length; i++)
            {
                ascii[letters[i]] = nodes[i];
            }
        }

        return new LetterBranches<T>(letters, nodes, ascii);
    }

    /// <summary>The child for <paramref name="letter"/>, or <see langword="null"/>.</summary>
    public T? Next(char letter)
    {
        if (_ascii is not null && letter < _ascii.Length)
        {
            return _ascii[letter];
        }

        var letters = _letters;
        if (letters is null)
        {
            return null;
        }

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
}
