using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace Corpus.Reading.Text;

/// <summary>
/// A trie node's children by letter, for tries walked one letter at a time over every word of a text: a few children
/// are searched one by one; more are looked up in a table spanning their lowest to highest letter (a root's Latin and
/// Cyrillic first letters take a table of about a thousand), and in a sorted list, by halves, only when that span is
/// wider than <see cref="MaxTableSpan"/>. A dictionary lookup per letter cost a tenth of the reader's time, and a search
/// by halves at every letter of a Cyrillic word still took a twentieth.
/// </summary>
/// <typeparam name="T">The node type.</typeparam>
internal readonly struct LetterBranches<T>
    where T : class
{
    /// <summary>Up to this many children are searched one by one; more, in a table.</summary>
    private const int LinearSearchLimit = 8;

    /// <summary>The widest span of letters a table is made for.</summary>
    private const int MaxTableSpan = 4096;

    private readonly char[] _letters;
    private readonly T[] _nodes;
    private readonly T?[]? _table;
    private readonly char _first;

    private LetterBranches(char[] letters, T[] nodes, T?[]? table, char first)
    {
        _letters = letters;
        _nodes = nodes;
        _table = table;
        _first = first;
    }

    /// <summary>The branches for <paramref name="children"/>.</summary>
    public static LetterBranches<T> Of(IEnumerable<KeyValuePair<char, T>> children)
    {
        var sorted = children.OrderBy(c => c.Key).ToArray();
        var letters = Array.ConvertAll(sorted, c => c.Key);
        var nodes = Array.ConvertAll(sorted, c => c.Value);
        if (letters.Length <= LinearSearchLimit || letters[letters.Length - 1] - letters[0] >= MaxTableSpan)
        {
            return new LetterBranches<T>(letters, nodes, null, '\0');
        }

        var table = new T?[letters[letters.Length - 1] - letters[0] + 1];
        for (var i = 0; i < letters.Length; i++)
        {
            table[letters[i] - letters[0]] = nodes[i];
        }

        return new LetterBranches<T>(letters, nodes, table, letters[0]);
    }

    /// <summary>The child for <paramref name="letter"/>, or <see langword="null"/>.</summary>
    /// <remarks>Inlined: called for nearly every letter of a text, and shared code for every node type otherwise.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T? Next(char letter)
    {
        if (_table is { } table)
        {
            var index = (uint)(letter - _first);
            return index < (uint)table.Length ? table[index] : null;
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
