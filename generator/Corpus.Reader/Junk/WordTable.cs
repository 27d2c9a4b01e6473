using System;

namespace Corpus.Reading.Junk;

/// <summary>
/// A hash table of words, looked up by a span of characters, so that a word of a paragraph is found without copying it
/// into a string of its own (netstandard2.0 has no <c>Dictionary</c> lookup by span). Keys compare ordinally: callers
/// look up words already lower-cased (<see cref="Token.Word"/>). Entries are only added, never removed.
/// </summary>
internal sealed class WordTable<TValue>
{
    private int[] _buckets;
    private Entry[] _entries;
    private int _count;

    public WordTable(int capacity = 16)
    {
        var size = 16;
        while (size < capacity)
        {
            size *= 2;
        }

        _buckets = new int[size];
        _entries = new Entry[size];
    }

    public int Count => _count;

    /// <summary>A table used as a set: each of <paramref name="words"/> mapped to <see langword="true"/>.</summary>
    public static WordTable<bool> SetOf(string[] words)
    {
        var table = new WordTable<bool>(words.Length);
        foreach (var word in words)
        {
            table.Set(word, true);
        }

        return table;
    }

    public bool ContainsKey(ReadOnlySpan<char> key) => Find(key, Hash(key)) >= 0;

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        var index = Find(key, Hash(key));
        value = index >= 0 ? _entries[index].Value : default!;
        return index >= 0;
    }

    /// <summary>Adds <paramref name="key"/> unless it is already there; true when it was added.</summary>
    public bool TryAdd(string key, TValue value)
    {
        var hash = Hash(key.AsSpan());
        if (Find(key.AsSpan(), hash) >= 0)
        {
            return false;
        }

        Insert(key, value, hash);
        return true;
    }

    /// <summary>Adds <paramref name="key"/>, or replaces its value when it is already there.</summary>
    public void Set(string key, TValue value)
    {
        var hash = Hash(key.AsSpan());
        var index = Find(key.AsSpan(), hash);
        if (index >= 0)
        {
            _entries[index].Value = value;
        }
        else
        {
            Insert(key, value, hash);
        }
    }

    /// <summary>FNV-1a over the characters: cheap, and the same for a span as for the string it was cut from.</summary>
    private static int Hash(ReadOnlySpan<char> key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & int.MaxValue);
    }

    private int Find(ReadOnlySpan<char> key, int hash)
    {
        // Buckets hold an entry's index plus one, so that a fresh array means "empty".
        for (var i = _buckets[hash & (_buckets.Length - 1)] - 1; i >= 0; i = _entries[i].Next)
        {
            ref var entry = ref _entries[i];
            if (entry.Hash == hash && key.SequenceEqual(entry.Key.AsSpan()))
            {
                return i;
            }
        }

        return -1;
    }

    private void Insert(string key, TValue value, int hash)
    {
        if (_count == _entries.Length)
        {
            Grow();
        }

        var bucket = hash & (_buckets.Length - 1);
        _entries[_count] = new Entry { Key = key, Value = value, Hash = hash, Next = _buckets[bucket] - 1 };
        _buckets[bucket] = ++_count;
    }

    private void Grow()
    {
        var size = _entries.Length * 2;
        Array.Resize(ref _entries, size);
        _buckets = new int[size];
        for (var i = 0; i < _count; i++)
        {
            var bucket = _entries[i].Hash & (size - 1);
            _entries[i].Next = _buckets[bucket] - 1;
            _buckets[bucket] = i + 1;
        }
    }

    private struct Entry
    {
        public string Key;
        public TValue Value;
        public int Hash;
        public int Next;
    }
}
