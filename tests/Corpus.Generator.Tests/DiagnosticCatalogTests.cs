using System.Reflection;
using Corpus.Generator.Diagnostics;
using Corpus.Reading.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Tests;

/// <summary>The diagnostic catalog is complete, consistent and tracked for release.</summary>
public class DiagnosticCatalogTests
{
    private static readonly List<DiagnosticDescriptor> Descriptors = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToList();

    [Fact]
    public void Every_reader_diagnostic_kind_has_a_rule_of_its_own()
    {
        var kinds = Enum.GetValues<DiagnosticKind>();

        Assert.Equal(kinds.Length, kinds.Select(kind => DiagnosticFactory.DescriptorFor(kind).Id).Distinct().Count());
    }

    [Fact]
    public void Ids_are_unique_numbered_and_documented()
    {
        Assert.Equal(Descriptors.Count, Descriptors.Select(d => d.Id).Distinct().Count());
        Assert.All(Descriptors, d =>
        {
            Assert.Matches("^CORPUS[0-9]{3}$", d.Id);
            Assert.Equal(DiagnosticDescriptors.Category, d.Category);
            Assert.False(string.IsNullOrWhiteSpace(d.Description.ToString()));
            Assert.False(string.IsNullOrWhiteSpace(d.HelpLinkUri));
        });
    }

    [Fact]
    public void Every_rule_is_tracked_in_the_release_files()
    {
        var directory = Path.Combine(ProjectDirectory(), "..", "..", "generator", "Corpus.Generator");
        var tracked = File.ReadAllText(Path.Combine(directory, "AnalyzerReleases.Shipped.md")) + File.ReadAllText(Path.Combine(directory, "AnalyzerReleases.Unshipped.md"));

        Assert.All(Descriptors, d => Assert.Contains($"{d.Id} | {d.Category} | {d.DefaultSeverity} |", tracked, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_rule_has_a_section_in_the_documentation()
    {
        var documentation = File.ReadAllText(Path.Combine(ProjectDirectory(), "..", "..", "docs", "diagnostics.md"));

        Assert.All(Descriptors, d =>
        {
            Assert.Contains($"\n## {d.Id}\n", documentation, StringComparison.Ordinal);
            Assert.Contains($"| [{d.Id}](#{d.Id.ToLowerInvariant()}) | {d.DefaultSeverity} | {d.Title} |", documentation, StringComparison.Ordinal);
        });
    }

    private static string ProjectDirectory() =>
        typeof(DiagnosticCatalogTests).Assembly.GetCustomAttributes<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDirectory").Value!;
}
