using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections.ObjectModel;

namespace Corpus;

/// <summary>Copies what a caller hands in into storage nobody else can reach, so an <see cref="Article"/> stays immutable.</summary>
internal static class ReadOnly
{
    internal static readonly IReadOnlyDictionary<string, string> EmptyDictionary =
        new ReadOnlyDictionary<string, string>(new Dictionary<string, string>(StringComparer.Ordinal));

    internal static IReadOnlyList<T> Freeze<T>(IEnumerable<T>? items) => items switch
    {
        null => Array.Empty<T>(),
        ImmutableArray<T> array => array.IsDefault ? Array.Empty<T>() : array,
        _ => ImmutableArray.CreateRange(items),
    };

    internal static IReadOnlyDictionary<string, string> Freeze(IEnumerable<KeyValuePair<string, string>>? items)
    {
        if (items is null)
        {
            return EmptyDictionary;
        }

        // A private copy in insertion order behind a read-only view: file order is kept, and nobody holds the copy.
        var copy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in items)
        {
            copy.Add(pair.Key, pair.Value);
        }

        return copy.Count == 0 ? EmptyDictionary : new ReadOnlyDictionary<string, string>(copy);
    }
}
