using System.Runtime.CompilerServices;
using Corpus.Generator.Diagnostics;
using Corpus.Reading.Diagnostics;

namespace Corpus.Generator.Tests;

public class DiagnosticCatalogTests
{
    [Fact]
    public void Every_reader_diagnostic_has_its_own_rule_listed_in_the_release_notes()
    {
        var releases = File.ReadAllText(Path.Combine(RepositoryRoot(), "generator", "Corpus.Generator", "AnalyzerReleases.Unshipped.md"));
        var ids = new HashSet<string>();
        foreach (var kind in Enum.GetValues<DiagnosticKind>())
        {
            var descriptor = DiagnosticFactory.DescriptorFor(kind);

            Assert.True(ids.Add(descriptor.Id), $"{kind} shares {descriptor.Id}");
            Assert.Contains($"{descriptor.Id} | Corpus | {descriptor.DefaultSeverity} | {kind}", releases, StringComparison.Ordinal);
        }
    }

    private static string RepositoryRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));
}
