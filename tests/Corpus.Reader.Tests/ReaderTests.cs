using Corpus.Reading;
using Corpus.Reading.Diagnostics;
using Corpus.Reading.Model;

namespace Corpus.Reader.Tests;

/// <summary>What the reader does with files that cannot become an article, or only partly.</summary>
public class ReaderTests
{
    [Theory]
    [InlineData("", DiagnosticKind.EmptyFile)]
    [InlineData("  \n\t\r\n ", DiagnosticKind.EmptyFile)]
    [InlineData("\uFEFF", DiagnosticKind.EmptyFile)]
    [InlineData("PK\u0003\u0004\0\0\0\u0008\0binary", DiagnosticKind.BinaryFile)]
    public void Files_that_hold_no_article_are_left_out_with_a_reason(string text, DiagnosticKind expected)
    {
        var result = Read.Text(text);

        Assert.Null(result.Article);
        Assert.Equal(expected, result.Diagnostics.Single().Kind);
    }

    [Fact]
    public void An_unreadable_file_is_left_out_with_a_reason()
    {
        var result = ArticleReader.Read(new ArticleFile("a.txt", null));

        Assert.Null(result.Article);
        Assert.Equal(DiagnosticKind.UnreadableFile, result.Diagnostics.Single().Kind);
    }

    [Fact]
    public void A_file_read_as_windows_1252_is_kept_with_a_warning()
    {
        var result = Read.Text("Café society\nIt still reads.", encoding: TextEncoding.Windows1252Fallback);

        Assert.Equal("Café society", result.Article!.Title);
        Assert.Equal(DiagnosticKind.NotUtf8, result.Diagnostics.Single().Kind);
    }

    [Fact]
    public void A_title_alone_is_kept_with_a_warning_at_the_title()
    {
        var result = Read.Text("\n\nJust a headline\n");

        Assert.Empty(result.Article!.Paragraphs);
        var diagnostic = result.Diagnostics.Single();
        Assert.Equal((DiagnosticKind.NoBody, 3), (diagnostic.Kind, diagnostic.Line));
    }

    [Fact]
    public void Reading_is_a_pure_function_of_the_file()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SampleArticles", "004_0576b9eab734e85a.txt"));

        Assert.Equal(Read.Text(text), Read.Text(text));
    }

    [Fact]
    public void No_paragraph_holds_a_line_break_or_is_empty()
    {
        foreach (var name in new[] { "000_adab332ab06b8a70.txt", "004_0576b9eab734e85a.txt" })
        {
            var article = Read.SampleArticle(name);
            Assert.All(article.Paragraphs, p =>
            {
                Assert.NotEmpty(p);
                Assert.DoesNotContain('\n', p);
                Assert.Equal(p.Trim(), p);
            });
        }
    }
}
