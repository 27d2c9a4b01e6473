using Corpus.Generator.Pipeline;
using Corpus.Generator.Tests.Infrastructure;
using Corpus.Reading;
using Corpus.Reading.Model;
using Corpus.Reading.Storage;
using Corpus.Tasks;

namespace Corpus.Generator.Tests;

/// <summary>
/// The build task that writes the store reads the same settings from the same MSBuild properties as the generator, with
/// the same fallbacks, and leaves out, orders and de-duplicates files the same way: any difference would fail every
/// build that meets it with CORPUS023.
/// </summary>
public sealed class StoreTaskTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "corpus-store-task-" + Guid.NewGuid().ToString("N"));

    public StoreTaskTests() => Directory.CreateDirectory(_directory);

    public static TheoryData<string?, string?, string?, string?, string?> Properties => new()
    {
        { null, null, null, null, null },
        { "", "", "", "", "" },
        { "  ", " ", "\t", " ", " " },
        { "/work/project", "/work/project/", "/work/project", "1000", "Keep" },
        { null, "/work/project/", "/work/other", " 250 ", " off " },
        { null, null, "/work/project", "0", "sometimes" },
        { "  /work/corpus  ", null, null, "-5", "REMOVE" },
        { null, null, null, "12abc", "Keep " },
        { null, null, null, "99999999999", null },
    };

    [Theory]
    [MemberData(nameof(Properties))]
    public void The_task_reads_the_settings_the_generator_reads(string? corpusProjectDirectory, string? projectDir, string? msbuildProjectDirectory, string? maxLength, string? junk)
    {
        var properties = new Dictionary<string, string>();
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                properties["build_property." + name] = value;
            }
        }

        Add("CorpusProjectDirectory", corpusProjectDirectory);
        Add("ProjectDir", projectDir);
        Add("MSBuildProjectDirectory", msbuildProjectDirectory);
        Add("CorpusMaxArticleLength", maxLength);
        Add("CorpusJunk", junk);

        var generator = CorpusOptions.From(new TestOptions(properties)).Reading;
        var task = ReaderSettings.From(corpusProjectDirectory, projectDir, msbuildProjectDirectory, maxLength, junk);

        Assert.Equal(generator, task);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData(" TRUE ", true)]
    [InlineData("True", true)]
    [InlineData("", false)]
    [InlineData("false", false)]
    [InlineData("yes", false)]
    public void An_item_is_an_article_by_the_generator_s_rule(string metadata, bool article) =>
        Assert.Equal(article, ArticleItem.IsArticle(metadata));

    [Fact]
    public void Entries_are_in_store_order_without_the_files_left_out_and_a_file_listed_twice_keeps_its_first_item()
    {
        var settings = new ArticleSettings(_directory, ArticleFile.DefaultMaxLength, Reading.Junk.JunkMode.Remove);
        const string Spam = "Port strike enters second week\nDock workers extended their strike on Monday. срочный займ на карту https://zaim-srazu.ru займ на карту онлайн\n";
        ArticleItem[] items =
        [
            Item("b.txt", Spam, junk: "Off"),
            Item("a.txt", "A title\nA first paragraph of the article, long enough to read.\n"),
            Item("empty.txt", ""),
            new ArticleItem(Path.Combine(_directory, "missing.txt"), ""),
            Item("b.txt", Spam, junk: "Remove"),
            .. Enumerable.Range(0, 40).Select(i => Item($"many/{i:D2}.txt", $"Article {i}\nThe body of article number {i}.\n")),
        ];

        var files = StoreEntries.Read(items, settings, CancellationToken.None);
        var entries = ArticleDigest.Entries(files);

        // One digest per item, in item order, with what the reader said of it: the generator reports from these.
        Assert.Equal(items.Select(item => ArticleReader.Read(settings.ReadFile(item.FullPath, item.Junk)).Diagnostics), files.Select(file => file.Diagnostics));
        Assert.Equal([true, true, false, false, true, .. Enumerable.Repeat(true, 40)], files.Select(file => file.Article is not null));

        var expected = StoreEntry.InStoreOrder(
            items.Select(item => ArticleReader.Read(settings.ReadFile(item.FullPath, item.Junk)).Article)
                .OfType<ArticleModel>()
                .Select(article => StoreEntry.For(article, keepRecord: true)));
        Assert.Equal(expected, entries);
        Assert.Equal(["a.txt", "b.txt", .. Enumerable.Range(0, 40).Select(i => $"many/{i:D2}.txt")], entries.Select(entry => entry.SourcePath));

        var off = StoreEntry.For(ArticleReader.Read(settings.ReadFile(items[0].FullPath, "Off")).Article!, keepRecord: true);
        var removed = StoreEntry.For(ArticleReader.Read(settings.ReadFile(items[0].FullPath, "Remove")).Article!, keepRecord: true);
        Assert.NotEqual(removed, off);
        Assert.Equal(off, entries[1]);
    }

    [Fact]
    public void Reading_stops_when_cancelled()
    {
        var settings = new ArticleSettings(_directory);
        ArticleItem[] items = [Item("a.txt", "A title\nA paragraph.\n")];
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => StoreEntries.Read(items, settings, cancellation.Token));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private ArticleItem Item(string relativePath, string text, string junk = "")
    {
        var path = Path.Combine(_directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return new ArticleItem(path, junk);
    }
}
