using System.Text;
using Corpus.Reading;
using Corpus.Reading.Model;
using Corpus.Reading.Storage;
using Corpus.Storage;

namespace Corpus.Generator.Tests;

/// <summary>
/// The store as the writer writes it and the runtime reads it, without a compiler in between: titles in their own
/// section, records after them.
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

    [Fact]
    public void Titles_of_every_script_are_read_back_from_their_section_and_the_records_after_them()
    {
        var models = Titles.Select((title, i) => Model($"articles/{i}.txt", title, $"Body {i}, with ü.")).ToList();
        var bytes = Write(models);
        var store = Open(bytes, models.Count);

        Assert.Equal(Titles, models.Select(m => m.Title));
        Assert.Equal(Titles, store.Select(a => a.Title));
        Assert.Equal(models.Select(m => m.SourcePath), store.Select(a => a.SourcePath));
        Assert.Equal(models.Select(m => string.Join("\n\n", m.Paragraphs)), store.Select(a => a.Text));
    }

    [Fact]
    public void The_titles_lie_together_before_the_first_record()
    {
        var models = Titles.Select((title, i) => Model($"articles/{i}.txt", title, $"Body {i}.")).ToList();
        var text = Encoding.UTF8.GetString(Write(models));

        var titleEnds = Titles.Select(title => text.IndexOf(title, StringComparison.Ordinal) + title.Length).ToList();
        var firstRecord = text.IndexOf("articles/0.txt", StringComparison.Ordinal);

        Assert.Equal(titleEnds.Order(), titleEnds);
        Assert.True(titleEnds[0] > 0 && titleEnds[^1] < firstRecord, text);
    }

    [Fact]
    public void The_store_is_as_long_as_its_size_says()
    {
        var entries = Titles.Select((title, i) => StoreEntry.For(Model($"articles/{i}.txt", title, "Body."), keepRecord: true)).ToList();

        Assert.Equal(StoreWriter.Size(entries), StoreWriter.Write(entries).Length);
        Assert.Equal(StoreWriter.Size([]), StoreWriter.Write([]).Length);
    }

    [Fact]
    public void An_empty_corpus_is_a_store_of_no_articles()
    {
        var store = Open(Write([]), 0);

        Assert.Empty(store);
        Assert.False(store.TryGet("anything", out _));
    }

    [Fact]
    public void A_title_whose_length_is_damaged_is_refused_when_it_is_read()
    {
        var models = Titles.Select((title, i) => Model($"articles/{i}.txt", title, "Body.")).ToList();
        var bytes = Write(models);

        // The first title's UTF-16 length is the first byte after the offset tables: one digit for these titles.
        bytes[StoreLayout.DataStart(models.Count)]++;
        var store = Open(bytes, models.Count);

        var error = Assert.Throws<InvalidOperationException>(() => store[0]);
        Assert.StartsWith("The corpus store is damaged", error.Message, StringComparison.Ordinal);
        Assert.Equal(Titles[1], store[1].Title);
    }

    private static ArticleModel Model(string path, string title, string body) =>
        ArticleReader.Read(new ArticleFile(path, title + "\n" + body)).Article!;

    private static byte[] Write(IReadOnlyList<ArticleModel> models) =>
        StoreWriter.Write(StoreEntry.InStoreOrder(models.Select(m => StoreEntry.For(m, keepRecord: true))));

    /// <summary>The store as generated code with <c>CorpusStorage=Inline</c> opens it, with ids made up from the paths.</summary>
    private static ArticleStore Open(byte[] store, int count)
    {
        var ids = new StoreBuffer();
        ids.Integer(count);
        for (var i = 0; i < count; i++)
        {
            ids.Text($"id-{i}");
        }

        var idBytes = ids.ToArray();
        return ArticleStore.FromUtf8(() => idBytes, store.Length, 1, _ => store);
    }
}
