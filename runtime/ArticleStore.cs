using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Buffers;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Unicode;
using System.Threading;
using Corpus.Storage;

namespace Corpus;

/// <summary>
/// For generated code: the articles of one generated corpus, read on demand from its store, the compact bytes
/// the build wrote (<c>Corpus.Store</c>, an embedded resource, or literals in generated code). Creating the store reads
/// only its header; an article is created with its title on first access and then kept, its other fields are decoded
/// from its record when one of them is first read, and its body only when its <see cref="Article.Paragraphs"/> or
/// <see cref="Article.Text"/> are first read.
/// </summary>
/// <remarks>Every member is thread-safe; every access to an article returns the same instance.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArticleStore : IReadOnlyList<Article>, IList<Article>
{
    private readonly StoreBytes _bytes;
    private readonly Utf8Source _ids;
    private readonly int _titleOffsets;
    private readonly int _recordOffsets;
    private readonly int _titlesStart;
    private readonly int _recordsStart;
    private readonly Article?[] _articles;
    private int[]? _idStarts;
    private Dictionary<string, int>? _byId;

    private ArticleStore(StoreBytes bytes, Utf8Source ids)
    {
        _bytes = bytes;
        _ids = ids;
        var span = bytes.Span;
        if (!StoreLayout.StartsWithMagic(span))
        {
            throw StoreReader.Corrupt("it does not start as a store of this version does");
        }

        var reader = new StoreReader(span, StoreLayout.Magic.Length);
        var count = reader.Integer();
        var expected = new StoreReader(ids()).Integer();
        if (count != expected)
        {
            throw new InvalidOperationException(
                $"The corpus store holds {count} articles, but the generated code expects {expected}: the assembly was built from mismatched files. Rebuild the project.");
        }

        _titleOffsets = reader.Position;
        _recordOffsets = StoreLayout.RecordOffsetTableStart(count);
        _titlesStart = StoreLayout.DataStart(count);
        if (_titlesStart > span.Length)
        {
            throw StoreReader.Corrupt("it is shorter than its offset tables");
        }

        _recordsStart = _titlesStart + StoreLayout.ReadOffset(span, _titleOffsets, count);
        if (_recordsStart > span.Length || _recordsStart + StoreLayout.ReadOffset(span, _recordOffsets, count) != span.Length)
        {
            throw StoreReader.Corrupt("its length is not what its offset tables say");
        }

        _articles = new Article?[count];
    }

    /// <summary>The store embedded in <paramref name="assembly"/> as the resource <c>Corpus.Store</c>.</summary>
    /// <param name="assembly">The assembly the generated code belongs to.</param>
    /// <param name="ids">Returns the articles' ids as the generator wrote them (their count, then each id as text), typically a <c>"…"u8</c> literal.</param>
    /// <exception cref="InvalidOperationException">The assembly holds no store, or one that does not match <paramref name="ids"/>.</exception>
    public static ArticleStore FromResource(Assembly assembly, Utf8Source ids)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(ids);
        var bytes = StoreBytes.FromResource(assembly) ?? throw new InvalidOperationException(
            $"The assembly '{assembly.GetName().Name}' holds no embedded corpus store ('{StoreLayout.ResourceName}'). It was compiled with CorpusStorage=Resource but without the Corpus package's build targets; build it with them, or set CorpusStorage to Inline.");
        return new ArticleStore(bytes, ids);
    }

    /// <summary>
    /// A store written as UTF-8 literals in generated code, in one or more chunks: the store's UTF-8 form, whose titles
    /// are UTF-8 instead of UTF-16 (a literal must be valid UTF-8). The chunks are copied once into one array, the titles
    /// turned back into UTF-16 on the way.
    /// </summary>
    /// <param name="ids">Returns the articles' ids as the generator wrote them (their count, then each id as text), typically a <c>"…"u8</c> literal.</param>
    /// <param name="length">The store's length in bytes, with its titles in UTF-16.</param>
    /// <param name="chunks">How many chunks there are.</param>
    /// <param name="chunk">Returns chunk <c>i</c>, for <c>i</c> from 0 to <paramref name="chunks"/> − 1; a chunk holds whole characters.</param>
    public static ArticleStore FromUtf8(Utf8Source ids, int length, int chunks, Utf8ChunkSource chunk)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(chunk);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        var count = new StoreReader(ids()).Integer();
        var titlesStart = StoreLayout.DataStart(count);
        var titlesEnd = -1;
        var array = new byte[length];
        var position = 0;
        for (var i = 0; i < chunks; i++)
        {
            var bytes = chunk(i);
            while (!bytes.IsEmpty)
            {
                if (titlesEnd < 0 && position == titlesStart)
                {
                    titlesEnd = TitlesEnd(array, count);
                }

                var read = position >= titlesStart && position < titlesEnd
                    ? Utf16Titles(bytes, array.AsSpan(position, titlesEnd - position), ref position)
                    : Copy(bytes, array.AsSpan(position, (position < titlesStart ? Math.Min(titlesStart, length) : length) - position), ref position);
                bytes = bytes[read..];
            }
        }

        if (position != length)
        {
            throw StoreReader.Corrupt("its chunks are shorter than the store");
        }

        return new ArticleStore(StoreBytes.FromArray(array), ids);

        static int Copy(ReadOnlySpan<byte> bytes, Span<byte> destination, ref int position)
        {
            var read = Math.Min(bytes.Length, destination.Length);
            if (read == 0)
            {
                throw StoreReader.Corrupt("its chunks are longer than the store");
            }

            bytes[..read].CopyTo(destination);
            position += read;
            return read;
        }

        static int Utf16Titles(ReadOnlySpan<byte> bytes, Span<byte> destination, ref int position)
        {
            var status = Utf8.ToUtf16(bytes, MemoryMarshal.Cast<byte, char>(destination), out var read, out var written, replaceInvalidSequences: false);
            if (read == 0 || status is OperationStatus.InvalidData or OperationStatus.NeedMoreData)
            {
                throw StoreReader.Corrupt("its titles are not the UTF-8 the offsets say");
            }

            position += written * 2;
            return read;
        }
    }

    /// <summary>Where the titles end in a store whose offset tables are in <paramref name="array"/>.</summary>
    private static int TitlesEnd(byte[] array, int count)
    {
        var length = StoreLayout.ReadOffset(array, StoreLayout.OffsetTableStart(count), count);
        var start = StoreLayout.DataStart(count);
        if (length % 2 != 0 || length > array.Length - start)
        {
            throw StoreReader.Corrupt("its titles are not as long as the store");
        }

        return start + length;
    }

    /// <summary>The number of articles.</summary>
    public int Count => _articles.Length;

    /// <summary>The article at <paramref name="index"/>, in ordinal order of source path.</summary>
    public Article this[int index]
    {
        get
        {
            var article = Volatile.Read(ref _articles[index]);
            if (article is not null)
            {
                return article;
            }

            // Two threads may decode the same record; the first to publish wins and both return its article.
            return Interlocked.CompareExchange(ref _articles[index], Decode(index), null) ?? _articles[index]!;
        }
    }

    /// <summary>Finds an article by its <see cref="Article.Id"/>, compared ordinally.</summary>
    /// <param name="id">The id.</param>
    /// <param name="article">The article with that id, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when an article has that id.</returns>
    public bool TryGet(string id, [NotNullWhen(true)] out Article? article)
    {
        ArgumentNullException.ThrowIfNull(id);
        var byId = LazyInitializer.EnsureInitialized(ref _byId, CreateIdIndex);
        if (byId.TryGetValue(id, out var index))
        {
            article = this[index];
            return true;
        }

        article = null;
        return false;
    }

    /// <summary>Enumerates the articles in order, decoding each on first access.</summary>
    public IEnumerator<Article> GetEnumerator()
    {
        for (var i = 0; i < _articles.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Always <see langword="true"/>: a corpus is fixed at build time.</summary>
    bool ICollection<Article>.IsReadOnly => true;

    Article IList<Article>.this[int index]
    {
        get => this[index];
        set => throw ReadOnlyCorpus();
    }

    int IList<Article>.IndexOf(Article item)
    {
        for (var i = 0; i < _articles.Length; i++)
        {
            if (ReferenceEquals(this[i], item))
            {
                return i;
            }
        }

        return -1;
    }

    bool ICollection<Article>.Contains(Article item) => ((IList<Article>)this).IndexOf(item) >= 0;

    void ICollection<Article>.CopyTo(Article[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        for (var i = 0; i < _articles.Length; i++)
        {
            array[arrayIndex + i] = this[i];
        }
    }

    void IList<Article>.Insert(int index, Article item) => throw ReadOnlyCorpus();

    void IList<Article>.RemoveAt(int index) => throw ReadOnlyCorpus();

    void ICollection<Article>.Add(Article item) => throw ReadOnlyCorpus();

    void ICollection<Article>.Clear() => throw ReadOnlyCorpus();

    bool ICollection<Article>.Remove(Article item) => throw ReadOnlyCorpus();

    private static NotSupportedException ReadOnlyCorpus() => new("A corpus is read-only: its articles are fixed at build time.");

    /// <summary>Bytes of the store: a body, or a record's fields.</summary>
    internal ReadOnlySpan<byte> Bytes(int start, int length) => _bytes.Span.Slice(start, length);

    /// <summary>Where the metadata and the body of record <paramref name="index"/> lie in the store.</summary>
    internal (int MetadataStart, int BodyStart, int End) Record(int index)
    {
        var (start, end) = Bounds("record", _recordOffsets, _recordsStart, index, _bytes.Length);
        var reader = new StoreReader(_bytes.Span, start);
        var metadataLength = reader.Integer();
        var bodyStart = reader.Position + metadataLength;
        if (bodyStart > end)
        {
            throw StoreReader.Corrupt($"record {index}'s metadata runs past its end");
        }

        return (reader.Position, bodyStart, end);
    }

    /// <summary>The id of the article at <paramref name="index"/>.</summary>
    internal string Id(int index)
    {
        var starts = LazyInitializer.EnsureInitialized(ref _idStarts, FindIds);
        return new StoreReader(_ids(), starts[index]).Text();
    }

    /// <summary>Where the <paramref name="what"/> at <paramref name="index"/> lies, from its section's offset table.</summary>
    private (int Start, int End) Bounds(string what, int offsetTable, int sectionStart, int index, int sectionEnd)
    {
        var span = _bytes.Span;
        var start = sectionStart + StoreLayout.ReadOffset(span, offsetTable, index);
        var end = sectionStart + StoreLayout.ReadOffset(span, offsetTable, index + 1);
        if (start > end || end > sectionEnd)
        {
            throw StoreReader.Corrupt($"{what} {index} lies outside its section");
        }

        return (start, end);
    }

    // Reads the titles' section only, never the record: listing every title touches no page of the records.
    private Article Decode(int index)
    {
        var (start, end) = Bounds("title", _titleOffsets, _titlesStart, index, _recordsStart);
        return new Article(this, index, _bytes.Utf16(start, end - start));
    }

    private int[] FindIds()
    {
        var reader = new StoreReader(_ids());
        var starts = new int[reader.Integer()];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = reader.Position;
            reader.Skip(reader.Integer());
        }

        return starts;
    }

    private Dictionary<string, int> CreateIdIndex()
    {
        var byId = new Dictionary<string, int>(_articles.Length, StringComparer.Ordinal);
        var reader = new StoreReader(_ids());
        var count = reader.Integer();
        for (var i = 0; i < count; i++)
        {
            byId.TryAdd(reader.Text(), i);
        }

        return byId;
    }
}

/// <summary>For generated code: returns bytes written as a UTF-8 literal.</summary>
/// <returns>The bytes, typically a <c>"…"u8</c> literal; they are read, never kept.</returns>
public delegate ReadOnlySpan<byte> Utf8Source();

/// <summary>For generated code: returns one chunk of a store written as UTF-8 literals (its UTF-8 form).</summary>
/// <param name="index">The chunk's index.</param>
/// <returns>The chunk's bytes, typically a <c>"…"u8</c> literal, whole characters only; they are copied, never kept.</returns>
public delegate ReadOnlySpan<byte> Utf8ChunkSource(int index);
