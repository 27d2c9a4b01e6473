using System;
using System.Collections.Generic;
using Corpus.Reading;
using Corpus.Generator.Naming;
using Corpus.Generator.Pipeline;
using Corpus.Reading.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator.Diagnostics;

/// <summary>Turns the reader's and the naming step's findings into located Roslyn diagnostics.</summary>
internal static class DiagnosticFactory
{
    public static DiagnosticDescriptor DescriptorFor(DiagnosticKind kind) => kind switch
    {
        DiagnosticKind.UnexpectedFailure => DiagnosticDescriptors.UnexpectedFailure,
        DiagnosticKind.UnreadableFile => DiagnosticDescriptors.UnreadableFile,
        DiagnosticKind.EmptyFile => DiagnosticDescriptors.EmptyFile,
        DiagnosticKind.BinaryFile => DiagnosticDescriptors.BinaryFile,
        DiagnosticKind.NotUtf8 => DiagnosticDescriptors.NotUtf8,
        DiagnosticKind.NoTitle => DiagnosticDescriptors.NoTitle,
        DiagnosticKind.NoBody => DiagnosticDescriptors.NoBody,
        DiagnosticKind.TooLarge => DiagnosticDescriptors.TooLarge,
        DiagnosticKind.MarkdownUnreadable => DiagnosticDescriptors.MarkdownUnreadable,
        DiagnosticKind.MalformedFrontMatter => DiagnosticDescriptors.MalformedFrontMatter,
        DiagnosticKind.InvalidFrontMatterValue => DiagnosticDescriptors.InvalidFrontMatterValue,
        DiagnosticKind.UnreadableDate => DiagnosticDescriptors.UnreadableDate,
        DiagnosticKind.AmbiguousDate => DiagnosticDescriptors.AmbiguousDate,
        DiagnosticKind.DateContradictsUrl => DiagnosticDescriptors.DateContradictsUrl,
        DiagnosticKind.InvalidSetting => DiagnosticDescriptors.InvalidOption,
        DiagnosticKind.SpamFound => DiagnosticDescriptors.SpamFound,
        DiagnosticKind.BoilerplateFound => DiagnosticDescriptors.BoilerplateFound,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No descriptor for this diagnostic kind."),
    };

    /// <summary>The diagnostic at the severity the file's settings give its rule, or <see langword="null"/> when they turn it off.</summary>
    public static Diagnostic? Create(ReaderDiagnostic diagnostic, EquatableArray<RuleSeverity> rules)
    {
        var arguments = new object[diagnostic.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = diagnostic.Arguments[i];
        }

        return Create(DescriptorFor(diagnostic.Kind), At(diagnostic.Path, diagnostic.Line, diagnostic.Column, diagnostic.Length), rules, arguments);
    }

    /// <summary>Reports what the file's severity settings hold that is no severity.</summary>
    public static IEnumerable<Diagnostic> InvalidSeverities(string path, EquatableArray<RuleSeverity> rules)
    {
        foreach (var rule in rules)
        {
            if (rule.InvalidValue is { } value)
            {
                yield return Diagnostic.Create(DiagnosticDescriptors.InvalidOption, At(path, 0, 0, 0), RuleSeverities.Prefix + rule.Id + RuleSeverities.Suffix, value, "the rule's default severity");
            }
        }
    }

    public static Diagnostic? Create(NamingNote note)
    {
        var descriptor = note.Kind switch
        {
            NamingNoteKind.DuplicateName => DiagnosticDescriptors.DuplicateName,
            NamingNoteKind.DuplicateId => DiagnosticDescriptors.DuplicateId,
            NamingNoteKind.ReservedName => DiagnosticDescriptors.ReservedName,
            NamingNoteKind.FallbackName => DiagnosticDescriptors.FallbackName,
            _ => DiagnosticDescriptors.DuplicateFile,
        };
        return Create(descriptor, At(note.DiagnosticPath, note.Line, 1, 0), note.Severities, note.Requested, note.Given, note.Other);
    }

    private static Diagnostic? Create(DiagnosticDescriptor descriptor, Location location, EquatableArray<RuleSeverity> rules, params object[] arguments) =>
        RuleSeverities.For(descriptor, rules) is { } severity
            ? Diagnostic.Create(descriptor, location, severity, additionalLocations: null, properties: null, arguments)
            : null;

    public static Diagnostic InvalidOption(string option, string value, string used) =>
        Diagnostic.Create(DiagnosticDescriptors.InvalidOption, Location.None, option, value, used);

    /// <summary>A location in an article file; line and column are 1-based, and 0 means the start of the file.</summary>
    public static Location At(string path, int line, int column, int length)
    {
        var start = new LinePosition(Math.Max(line - 1, 0), Math.Max(column - 1, 0));
        var end = new LinePosition(start.Line, start.Character + Math.Max(length, 0));
        return Location.Create(path, default, new LinePositionSpan(start, end));
    }
}
