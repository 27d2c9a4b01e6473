using System;
using System.Collections.Generic;
using Corpus.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Diagnostics;

/// <summary>
/// A rule's severity for one article file, set in <c>.editorconfig</c> as
/// <c>corpus_diagnostic.CORPUS005.severity = none</c>. <see cref="Severity"/> is <see langword="null"/> when the rule is
/// turned off; <see cref="InvalidValue"/> holds a value that is no severity, reported and otherwise ignored.
/// </summary>
internal sealed record RuleSeverity(string Id, DiagnosticSeverity? Severity, string? InvalidValue = null);

/// <summary>
/// Per-file rule severities. The compiler takes <c>dotnet_diagnostic.*.severity</c> entries out of what a generator
/// can see and applies them only to diagnostics located in C# files, never to those in article files; a key of
/// Corpus's own reaches the generator for every article file its section matches, so a folder of articles can have
/// its own settings.
/// </summary>
internal static class RuleSeverities
{
    public const string Prefix = "corpus_diagnostic.";
    public const string Suffix = ".severity";

    public static EquatableArray<RuleSeverity> From(AnalyzerConfigOptions options)
    {
        var rules = new List<RuleSeverity>();
        foreach (var key in options.Keys)
        {
            if (key.Length <= Prefix.Length + Suffix.Length
                || !key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
                || !key.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase)
                || !options.TryGetValue(key, out var value))
            {
                continue;
            }

            var id = key.Substring(Prefix.Length, key.Length - Prefix.Length - Suffix.Length).ToUpperInvariant();
            switch (value.Trim().ToLowerInvariant())
            {
                case "default":
                    // The rule's own severity, as "default" means for dotnet_diagnostic.
                    break;
                case "none":
                    rules.Add(new RuleSeverity(id, null));
                    break;
                case "silent":
                    rules.Add(new RuleSeverity(id, DiagnosticSeverity.Hidden));
                    break;
                case "suggestion":
                    rules.Add(new RuleSeverity(id, DiagnosticSeverity.Info));
                    break;
                case "warning":
                    rules.Add(new RuleSeverity(id, DiagnosticSeverity.Warning));
                    break;
                case "error":
                    rules.Add(new RuleSeverity(id, DiagnosticSeverity.Error));
                    break;
                default:
                    rules.Add(new RuleSeverity(id, null, value.Trim()));
                    break;
            }
        }

        // Keys come in no promised order; sorted, equal settings compare equal and the step stays cached.
        rules.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return rules.ToEquatableArray();
    }

    /// <summary>
    /// The severity this file's settings give <paramref name="descriptor"/>'s rule: its default when no setting names
    /// it, or <see langword="null"/> when a setting turns it off.
    /// </summary>
    public static DiagnosticSeverity? For(DiagnosticDescriptor descriptor, EquatableArray<RuleSeverity> rules)
    {
        foreach (var rule in rules)
        {
            if (rule.InvalidValue is null && string.Equals(rule.Id, descriptor.Id, StringComparison.Ordinal))
            {
                return rule.Severity;
            }
        }

        return descriptor.DefaultSeverity;
    }
}
