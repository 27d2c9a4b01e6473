using Corpus.Reading.Model;

namespace Corpus.Reader.Tests.Extraction;

public class ImageReaderTests
{
    private const string Body = "The ministers met in London on Tuesday to talk about the hotline and other matters.";

    [Theory]
    [InlineData("Lavrov speaking in London on Tuesday. **Andrew Winning**", "Lavrov speaking in London on Tuesday.", "Andrew Winning")]
    [InlineData("Lavrov speaking in London on Tuesday. **Andrew Winning / Reuters**", "Lavrov speaking in London on Tuesday.", "Andrew Winning / Reuters")]
    [InlineData("Lavrov speaking in London on Tuesday. **Photo: Andrew Winning**", "Lavrov speaking in London on Tuesday.", "Andrew Winning")]
    [InlineData("Lavrov speaking in London on Tuesday. Photo: Reuters", "Lavrov speaking in London on Tuesday.", "Reuters")]
    [InlineData("Lavrov speaking in London on Tuesday. (Photo: AP)", "Lavrov speaking in London on Tuesday.", "AP")]
    [InlineData("Lavrov speaking in London on Tuesday. Photograph: Andrew Winning/Reuters", "Lavrov speaking in London on Tuesday.", "Andrew Winning/Reuters")]
    [InlineData("Лавров в Лондоне во вторник. Фото: Андрей Винниг", "Лавров в Лондоне во вторник.", "Андрей Винниг")]
    public void A_caption_under_the_headline_ending_in_a_credit_is_a_picture(string caption, string expectedCaption, string expectedCredit)
    {
        var article = Read.Article($"# Title\n\nBy Jane Doe\n\n{caption}\n\n{Body}\n");

        Assert.Equal(new[] { new ImageModel(expectedCaption, expectedCredit) }, article.Images);
        Assert.Equal(new[] { Body }, article.Paragraphs);
    }

    [Theory]
    [InlineData("**Andrew Winning**")]
    [InlineData("The photo shows Lavrov in London on Tuesday.")]
    [InlineData("Lavrov speaks. **He said the hotline would be ready by the end of the year, and that both sides wanted it.**")]
    public void Text_that_only_looks_like_a_caption_stays_in_the_body(string line)
    {
        var article = Read.Article($"# Title\n\n{line}\n\n{Body}\n");

        Assert.Empty(article.Images);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void A_bold_ending_in_the_body_is_not_a_caption()
    {
        var article = Read.Article($"# Title\n\n{Body}\n\nThe hotline is ready, said the man who built it. **Andrew Winning**\n");

        Assert.Empty(article.Images);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Theory]
    [InlineData("![Lavrov in London](https://example.com/lavrov.jpg)\n\n*Lavrov in London on Tuesday. Photo: Reuters*", "Lavrov in London on Tuesday.", "Reuters")]
    [InlineData("![Lavrov in London](https://example.com/lavrov.jpg)\n\n*Lavrov in London on Tuesday.*", "Lavrov in London on Tuesday.", null)]
    [InlineData("![Lavrov in London](https://example.com/lavrov.jpg)\n\nLavrov in London on Tuesday. **Andrew Winning**", "Lavrov in London on Tuesday.", "Andrew Winning")]
    [InlineData("![Lavrov in London](https://example.com/lavrov.jpg)", "Lavrov in London", null)]
    public void A_markdown_image_takes_its_caption_line(string markdown, string caption, string? credit)
    {
        var article = Read.Article($"# Title\n\n{markdown}\n\n{Body}\n");

        Assert.Equal(new[] { new ImageModel(caption, credit, "https://example.com/lavrov.jpg") }, article.Images);
        Assert.Equal(new[] { Body }, article.Paragraphs);
    }

    [Fact]
    public void A_markdown_image_in_the_body_is_a_picture_and_the_paragraph_after_it_is_text()
    {
        var article = Read.Article($"# Title\n\n{Body}\n\n![](https://example.com/map.png)\n\n{Body}\n");

        Assert.Equal(new[] { new ImageModel(null, null, "https://example.com/map.png") }, article.Images);
        Assert.Equal(new[] { Body, Body }, article.Paragraphs);
    }
}
