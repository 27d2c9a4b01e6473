using System.Xml;
using Corpus.Generator.Emit;

namespace Corpus.Generator.Tests;

/// <summary>Text put into a <c>///</c> comment of the generated code: escaped, on one line, and well-formed XML.</summary>
public class XmlDocTests
{
    [Theory]
    [InlineData("Britain, Russia to Reach Out Via Hotline", "Britain, Russia to Reach Out Via Hotline")]
    [InlineData("Q&A: <b>bold</b> > less", "Q&amp;A: &lt;b&gt;bold&lt;/b&gt; &gt; less")]
    [InlineData("one\ntwo\r\nthree\u2028four\u2029five\u0085six\tseven", "one two  three four five six seven")]
    [InlineData("a pair \uD83D\uDE00 stays", "a pair \uD83D\uDE00 stays")]
    [InlineData("Ελληνικά · русский · 中文", "Ελληνικά · русский · 中文")]
    [InlineData("", "")]
    public void Text_is_escaped_and_kept_on_one_line(string value, string expected) =>
        Assert.Equal(expected, XmlDoc.Text(value));

    /// <summary>A lone surrogate cannot pass through theory data intact, so this case is a fact of its own.</summary>
    [Fact]
    public void A_character_xml_forbids_becomes_the_replacement_character_and_a_surrogate_pair_stays() =>
        Assert.Equal("lone \uFFFD high, lone \uFFFD low, \uFFFD and \uFFFD, \uD83D\uDE00", XmlDoc.Text("lone \uD83D high, lone \uDE00 low, \uFFFE and \uFFFF, \uD83D\uDE00"));

    [Fact]
    public void A_long_text_is_cut_with_an_ellipsis_counting_what_its_escapes_take()
    {
        Assert.Equal("abcde…", XmlDoc.Text("abcdefgh", maxLength: 5));
        Assert.Equal("abcde", XmlDoc.Text("abcde", maxLength: 5));
        Assert.Equal("a&amp;…", XmlDoc.Text("a&bcdef", maxLength: 5));
        Assert.Equal(new string('x', XmlDoc.SummaryLength) + "…", XmlDoc.Text(new string('x', XmlDoc.SummaryLength + 1)));
    }

    [Fact]
    public void Any_text_becomes_well_formed_xml_on_one_line()
    {
        var random = new Random(2028);
        const string Hostile = "&<>\"'\n\r\t\0\u0085\u2028\u2029\uD83D\uDE00\uFFFE\uFFFFaé ж";
        for (var n = 0; n < 2_000; n++)
        {
            var value = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => Hostile[random.Next(Hostile.Length)]).ToArray());

            var text = XmlDoc.Text(value);

            Assert.DoesNotContain(text, c => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029');
            using var reader = XmlReader.Create(new StringReader("<summary>" + text + "</summary>"));
            while (reader.Read())
            {
            }
        }
    }
}
