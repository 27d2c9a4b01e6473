using System.Text;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator.Tests;

/// <summary>
/// An article file that exists on disk is decoded from its bytes, whatever text the compiler would hand over for it:
/// on Linux and macOS the compiler decodes bytes that are not UTF-8 as UTF-8 with U+FFFD, and for binary data it
/// reports error CS2015 as soon as the text is asked for.
/// </summary>
public sealed class ArticleFileOnDiskTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "corpus-on-disk-" + Guid.NewGuid().ToString("N")) + Path.DirectorySeparatorChar;

    public ArticleFileOnDiskTests() => Directory.CreateDirectory(_directory);

    [Fact]
    public void A_windows_1252_file_reads_from_its_bytes_with_a_warning()
    {
        byte[] bytes = [.. "Caf"u8, 0xE9, .. " society\nA caf"u8, 0xE9, .. " "u8, 0x96, .. " 5 "u8, 0x80, .. " "u8, 0x85, .. "\n"u8];
        var article = new TestArticle("legacy.txt", null);
        var harness = new GeneratorHarness { ProjectDirectory = _directory };
        File.WriteAllBytes(harness.FullPath(article), bytes);
        var asLinuxCompilerDecodesIt = new FixedText(harness.FullPath(article), Encoding.UTF8.GetString(bytes));

        var result = harness.CreateDriver([article], [asLinuxCompilerDecodesIt]).RunGenerators(harness.CreateCompilation()).GetRunResult();

        var sources = result.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        Assert.Contains("Café society", sources["Articles.__Part0000.g.cs"], StringComparison.Ordinal);
        Assert.Contains("café – 5 € …", sources["Articles.__Store.g.cs"], StringComparison.Ordinal);
        Assert.Equal(["CORPUS005"], result.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void A_binary_file_is_reported_without_asking_the_compiler_for_its_text()
    {
        byte[] bytes = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xDB];
        var article = new TestArticle("photo.jpg", null);
        var harness = new GeneratorHarness { ProjectDirectory = _directory };
        File.WriteAllBytes(harness.FullPath(article), bytes);

        var result = harness.CreateDriver([article], [new FixedText(harness.FullPath(article), null)]).RunGenerators(harness.CreateCompilation()).GetRunResult();

        Assert.Equal(["CORPUS004"], result.Diagnostics.Select(d => d.Id));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>An additional file whose text is given; a null text fails the test if the generator asks for it.</summary>
    private sealed class FixedText(string path, string? text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            text is null ? throw new InvalidOperationException("The compiler was asked for the text of a file the generator can read.") : SourceText.From(text, Encoding.UTF8);
    }
}
