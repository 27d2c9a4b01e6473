using System.Text;
using Corpus.Reading.Model;
using Corpus.Reading.Text;

namespace Corpus.Reader.Tests.Text;

public class ArticleDecoderTests
{
    [Fact]
    public void Bytes_that_are_not_utf8_decode_as_windows_1252_on_every_machine()
    {
        // Every byte value, and not valid UTF-8 as a whole; the reference is the platform's own Windows-1252 decoder.
        var bytes = Enumerable.Range(0, 256).Select(b => (byte)b).ToArray();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var windows1252 = Encoding.GetEncoding(1252);

        var decoded = ArticleDecoder.Decode(bytes);

        Assert.Equal(TextEncoding.Windows1252Fallback, decoded.Encoding);
        Assert.Equal(windows1252.GetString(bytes), decoded.Text);
    }

    [Fact]
    public void Valid_utf8_decodes_as_utf8_even_when_it_would_also_be_valid_windows_1252()
    {
        var decoded = ArticleDecoder.Decode(Encoding.UTF8.GetBytes("Café — 5 €"));

        Assert.Equal(new DecodedText("Café — 5 €", TextEncoding.Utf8), decoded);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void A_byte_order_mark_decides_the_encoding_and_is_not_part_of_the_text(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Café society\nText.")).ToArray();

        Assert.Equal(new DecodedText("Café society\nText.", TextEncoding.Utf8), ArticleDecoder.Decode(bytes));
    }

    [Fact]
    public void No_bytes_are_no_text()
    {
        Assert.Equal(new DecodedText("", TextEncoding.Utf8), ArticleDecoder.Decode([]));
    }
}
