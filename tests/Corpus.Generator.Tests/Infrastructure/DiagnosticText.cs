using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>Writes diagnostics as stable text for snapshots and assertion messages: id, severity, place, message.</summary>
internal static class DiagnosticText
{
    public static string Format(ImmutableArray<Diagnostic> diagnostics)
    {
        if (diagnostics.IsEmpty)
        {
            return "Diagnostics: none";
        }

        var builder = new StringBuilder("Diagnostics:\n");
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ThenBy(d => d.Location.GetLineSpan().StartLinePosition).ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            builder.Append("  ").Append(Format(diagnostic)).Append('\n');
        }

        return builder.ToString();
    }

    public static string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var place = diagnostic.Location == Location.None
            ? "(no location)"
            : $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
        return $"{diagnostic.Id} {diagnostic.Severity} {place}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
    }
}
