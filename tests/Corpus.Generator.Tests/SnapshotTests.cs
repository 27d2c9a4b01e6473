using System.Text;
using Corpus.Generator.Tests.Infrastructure;

namespace Corpus.Generator.Tests;

/// <summary>The generator's output, file by file, against reviewed snapshots in Snapshots/.</summary>
public class SnapshotTests
{
    [Fact]
    public void Seeds()
    {
        var (driver, _, _) = new GeneratorHarness { EmbeddedStore = true }.Run(SampleArticles.All);

        Snapshot.Verify(driver.GetRunResult());
    }

    [Fact]
    public void Names_for_awkward_titles()
    {
        var articles = new[]
        {
            new TestArticle("a/01.txt", "All\nA title that is a member of the generated class."),
            new TestArticle("a/02.txt", "Same title\nThe first article with this title keeps the name."),
            new TestArticle("a/03.txt", "Same title!\nThe second one gets a suffix, and so does its id."),
            new TestArticle("a/04.txt", "2011: the year in review\nA title that starts with a digit."),
            new TestArticle("a/05.txt", "?!… — !?\nA title with no letters at all."),
            new TestArticle("a/06.txt", "Россия и Запад: новый этап\nЗаголовок кириллицей даёт кириллическое имя."),
            new TestArticle("a/07.txt", "Britain's \"special\" relationship\nApostrophes join; quotes are escaped."),
            new TestArticle("a/08.txt", "ABC news\nTwo names that differ only in case."),
            new TestArticle("a/09.txt", "Abc news\nTheir hint names must still differ."),
        };

        var (driver, _, _) = new GeneratorHarness { EmbeddedStore = true }.Run(articles);

        Snapshot.Verify(driver.GetRunResult());
    }

    [Fact]
    public void Bad_files_are_reported_where_they_are()
    {
        var articles = new[]
        {
            new TestArticle("bad/binary.txt", "GIF89a\0\0\u0001\u0002\0\0"),
            new TestArticle("bad/empty.txt", ""),
            new TestArticle("bad/latin1.txt", "Café society\nA file saved as Windows-1252 reads right, with a warning.", Encoding.Latin1),
            new TestArticle("bad/only-title.txt", "A headline and nothing else\n\n"),
            new TestArticle("bad/too-large.txt", "A huge file\n" + new string('x', 300)),
            new TestArticle("bad/unreadable.txt", null),
            new TestArticle("bad/whitespace.txt", " \n\t\n  "),
            new TestArticle("good.txt", "A good article\nIt reads as it should."),
        };

        var harness = new GeneratorHarness { EmbeddedStore = true, Properties = new Dictionary<string, string> { ["CorpusMaxArticleLength"] = "200" } };

        var (driver, _, _) = harness.Run(articles);

        Snapshot.Verify(driver.GetRunResult());
    }

    [Fact]
    public void Invalid_settings_fall_back_to_defaults_with_a_warning()
    {
        var harness = new GeneratorHarness
        {
            CorpusNamespace = "My-Company.2024",
            CorpusClassName = "class",
            Properties = new Dictionary<string, string> { ["CorpusMaxArticleLength"] = "lots", ["CorpusStorage"] = "Disk" },
        };

        var (driver, _, _) = harness.Run([new TestArticle("a.txt", "A title\nA body.")]);

        Snapshot.Verify(driver.GetRunResult());
    }

    [Fact]
    public void Namespace_and_class_name_from_properties()
    {
        var harness = new GeneratorHarness { EmbeddedStore = true, CorpusNamespace = "Newsroom.Archive", CorpusClassName = "Stories" };

        var (driver, _, _) = harness.Run([new TestArticle("story.md", "# A story\n\nIts only paragraph.")]);

        Snapshot.Verify(driver.GetRunResult());
    }
}
