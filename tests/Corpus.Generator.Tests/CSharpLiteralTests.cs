using Corpus.Generator.Emit;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Corpus.Generator.Tests;

/// <summary>Any well-formed string written as a literal reads back exactly, as the C# compiler parses it.</summary>
public class CSharpLiteralTests
{
    [Fact]
    public void Every_character_round_trips_through_a_utf8_literal()
    {
        var all = new string(Enumerable.Range(0, 0x10000).Where(i => !char.IsSurrogate((char)i)).Select(i => (char)i).ToArray()) + "🚀𝒜\U0010FFFF";

        foreach (var chunk in all.Chunk(4096))
        {
            AssertUtf8RoundTrip(new string(chunk));
        }
    }

    [Fact]
    public void Random_strings_round_trip_through_utf8_literals()
    {
        var random = new Random(7);
        for (var n = 0; n < 2000; n++)
        {
            var chars = new char[random.Next(0, 64)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(4) switch
                {
                    0 => (char)random.Next(0, 0x80),
                    1 => "\"\\\0\n\r\t\u0085\u2028\u2029\u200F\u202E\uFEFF{}*/#"[random.Next(17)],
                    _ => (char)random.Next(0, 0x10000),
                };
            }

            var text = new string(chars);
            var wellFormed = string.Concat(text.EnumerateRunes().Select(r => r.ToString()));
            AssertUtf8RoundTrip(wellFormed);
        }
    }

    [Theory]
    [InlineData("quote \" and \\ backslash")]
    [InlineData("\"\"\" raw delimiter */ comment #endif {0}")]
    [InlineData("emoji 🚀 family 👩‍👩‍👧 astral 𝒜")]
    [InlineData("line\u2028separator\u2029paragraph\u0085next")]
    public void Awkward_text_round_trips_through_a_utf8_literal(string text) => AssertUtf8RoundTrip(text);

    [Fact]
    public void Utf8_literals_never_hold_an_unpaired_surrogate()
    {
        var literal = CSharpLiteral.Utf8("a" + (char)0xD800 + "b");

        Assert.Empty(Parse(literal).GetDiagnostics());
        Assert.Equal("a\uFFFDb", Parse(literal).Token.ValueText);
    }

    private static void AssertUtf8RoundTrip(string text)
    {
        var literal = CSharpLiteral.Utf8(text);
        var expression = Parse(literal);

        Assert.Empty(expression.GetDiagnostics());
        Assert.Equal(SyntaxKind.Utf8StringLiteralToken, expression.Token.Kind());
        Assert.Equal(text, expression.Token.ValueText);
        Assert.DoesNotContain(literal, c => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029');
    }

    private static LiteralExpressionSyntax Parse(string literal) =>
        Assert.IsType<LiteralExpressionSyntax>(SyntaxFactory.ParseExpression(literal, options: GeneratorHarness.ParseOptions));
}
