using System.Text;
using Corpus.Generator.Emit;
using Corpus.Generator.Tests.Infrastructure;
using Corpus.Reading;
using Corpus.Reading.Model;
using Corpus.Reading.Storage;
using Corpus.Storage;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Tests;

/// <summary>
/// The store as the writer writes it and the runtime reads it, without the generator in between: titles as UTF-16 in
/// their own section, records after them; and the store's UTF-8 form, which inline storage writes as literals.
/// </summary>
public class StoreLayoutTests
{
    private static readonly string[] Titles =
    [
        "Plain ASCII headline",
        "Café, naïve façade and Zürich",
        "Emoji 🚀, astral 𝒜 and a family 👩‍👩‍👧",
        "Combining e\u0301 and RTL \u200Fمرحبا\u200E",
        "Кириллица и 日本語",
    ];

    /// <summary>How the runtime gets the store: embedded as a resource, or as the UTF-8 form in chunks of this many characters.</summary>
    public static TheoryData<string, int> Forms => new()
    {
        { "resource", 0 },
        { "UTF-8 form", int.MaxValue },
        { "UTF-8 form", 1 },
        { "UTF-8 form", 7 },
        { "UTF-8 form", 64 },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Titles_of_every_script_are_read_back_from_their_section_and_the_records_after_them(string form, int chunkLength)
    {
        var models = Titles.Select((title, i) => Model($"articles/{i}.txt", title, $"Body {i}, with ü.")).ToList();
        using var opened = Open(Entries(models), form, chunkLength);

        Assert.Equal(Titles, models.Select(m => m.Title));
        Assert.Equal(Titles, opened.Store.Select(a => a.Title));
        Assert.Equal(models.Select(m => m.SourcePath), opened.Store.Select(a => a.SourcePath));
        Assert.Equal(models.Select(m => string.Join("\n\n", m.Paragraphs)), opened.Store.Select(a => a.Text));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void An_empty_corpus_is_a_store_of_no_articles(string form, int chunkLength)
    {
        using var opened = Open([], form, chunkLength);

        Assert.Empty(opened.Store);
        Assert.False(opened.Store.TryGet("anything", out _));
    }

    [Fact]
    public void The_titles_lie_together_as_UTF_16_before_the_first_record()
    {
        var models = Titles.Select((title, i) => Model($"articles/{i}.txt", title, $"Body {i}.")).ToList();
        var bytes = StoreWriter.Write(Entries(models));

        var start = StoreLayout.DataStart(models.Count);
        var titles = Encoding.Unicode.GetBytes(string.Concat(Titles));
        Assert.Equal(titles, bytes[start..(start + titles.Length)]);
        Assert.StartsWith(StoreLayout.Magic, Encoding.ASCII.GetString(bytes, 0, start), StringComparison.Ordinal);

        // The first record follows the last title: its metadata's length, then its source path.
        var record = Encoding.UTF8.GetString(bytes, start + titles.Length, bytes.Length - start - titles.Length);
        Assert.Equal("articles/0.txt", record[2..16]);
    }

    [Fact]
    public void The_UTF_8_form_is_the_store_with_its_titles_in_UTF_8_and_is_as_long_as_the_store_says()
    {
        var models = Titles.Select((title, i) => Model($"articles/{i}.txt", title, $"Body {i}.")).ToList();
        var entries = Entries(models);
        var store = StoreWriter.Write(entries);

        var (text, length) = StoreWriter.WriteUtf8Form(entries);

        var start = StoreLayout.DataStart(models.Count);
        var titles = string.Concat(Titles);
        Assert.Equal(store.Length, length);
        Assert.Equal(Encoding.UTF8.GetString(store, 0, start) + titles, text[..(start + titles.Length)]);
        Assert.Equal(store[(start + (titles.Length * 2))..], Encoding.UTF8.GetBytes(text[(start + titles.Length)..]));
    }

    [Fact]
    public void The_store_is_as_long_as_its_size_says()
    {
        var entries = Titles.Select((title, i) => StoreEntry.For(Model($"articles/{i}.txt", title, "Body."), keepRecord: true)).ToList();

        Assert.Equal(StoreWriter.Size(entries), StoreWriter.Write(entries).Length);
        Assert.Equal(StoreWriter.Size([]), StoreWriter.Write([]).Length);
    }

    [Fact]
    public void A_title_whose_offsets_are_damaged_is_refused_when_it_is_read()
    {
        var models = Titles.Select((title, i) => Model($"articles/{i}.txt", title, "Body.")).ToList();
        var bytes = StoreWriter.Write(Entries(models));

        // Title 1's offset, one byte later: titles 0 and 1 become an odd number of bytes, which no UTF-16 text is.
        bytes[StoreLayout.OffsetTableStart(models.Count) + StoreLayout.OffsetDigits]++;
        using var opened = Open(bytes, models.Count, "resource", 0);

        var error = Assert.Throws<InvalidOperationException>(() => opened.Store[0]);
        Assert.StartsWith("The corpus store is damaged", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => opened.Store[1]);
        Assert.Equal(Titles[2], opened.Store[2].Title);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("one byte more")]
    [InlineData("a character cut in two")]
    [InlineData("a title that is no UTF-8")]
    public void A_damaged_UTF_8_form_is_refused_when_the_store_is_opened(string damage)
    {
        var models = Titles.Select((title, i) => Model($"articles/{i}.txt", title, "Body.")).ToList();
        var (text, length) = StoreWriter.WriteUtf8Form(Entries(models));
        var bytes = Encoding.UTF8.GetBytes(text);
        var titles = StoreLayout.DataStart(models.Count);
        bytes = damage switch
        {
            "truncated" => bytes[..^1],
            "one byte more" => [.. bytes, (byte)'!'],
            "a character cut in two" => Without(bytes, Array.IndexOf(bytes, (byte)0xC3, titles) + 1),
            _ => [.. bytes[..titles], 0xFF, .. bytes[(titles + 1)..]],
        };

        var error = Assert.Throws<InvalidOperationException>(() => ArticleStore.FromUtf8(Ids(models.Count), length, 1, _ => bytes));

        Assert.StartsWith("The corpus store is damaged", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The bytes without the one at <paramref name="index"/>, and a byte more at the end: as long as before.</summary>
    private static byte[] Without(byte[] bytes, int index) => [.. bytes[..index], .. bytes[(index + 1)..], (byte)'!'];

    private static ArticleModel Model(string path, string title, string body) =>
        ArticleReader.Read(new ArticleFile(path, title + "\n" + body)).Article!;

    private static List<StoreEntry> Entries(IEnumerable<ArticleModel> models) =>
        StoreEntry.InStoreOrder(models.Select(m => StoreEntry.For(m, keepRecord: true)));

    private static OpenedStore Open(List<StoreEntry> entries, string form, int chunkLength) =>
        form == "resource"
            ? Open(StoreWriter.Write(entries), entries.Count, form, chunkLength)
            : OpenUtf8Form(StoreWriter.WriteUtf8Form(entries), entries.Count, chunkLength);

    /// <summary>The store as generated code with <c>CorpusStorage=Inline</c> opens it, with ids made up from the indices.</summary>
    private static OpenedStore OpenUtf8Form((string Text, int Length) form, int count, int chunkLength)
    {
        var chunks = StoreEmitter.Chunks(form.Text, chunkLength).Select(Encoding.UTF8.GetBytes).ToList();
        return new OpenedStore(ArticleStore.FromUtf8(Ids(count), form.Length, chunks.Count, i => chunks[i]), null);
    }

    /// <summary>The store embedded in a compiled assembly, as generated code with <c>CorpusStorage=Resource</c> opens it.</summary>
    private static OpenedStore Open(byte[] store, int count, string form, int chunkLength)
    {
        Assert.Equal(("resource", 0), (form, chunkLength));
        var holder = CSharpCompilation.Create(
            "StoreHolder",
            [CSharpSyntaxTree.ParseText("namespace Consumer; public static class Articles { }")],
            GeneratorHarness.ConsumerReferences,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var assembly = GeneratedAssembly.Load(holder, store: store);
        return new OpenedStore(ArticleStore.FromResource(assembly.Articles.Assembly, Ids(count)), assembly);
    }

    private static Utf8Source Ids(int count)
    {
        var ids = new StoreBuffer();
        ids.Integer(count);
        for (var i = 0; i < count; i++)
        {
            ids.Text($"id-{i}");
        }

        var bytes = ids.ToArray();
        return () => bytes;
    }

    private sealed record OpenedStore(ArticleStore Store, GeneratedAssembly? Assembly) : IDisposable
    {
        public void Dispose() => Assembly?.Dispose();
    }
}
