using System;
using System.Linq;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Emit;
using Corpus.Generator.Naming;
using Corpus.Generator.Pipeline;
using Corpus.Reading;
using Corpus.Reading.Model;
using Corpus.Reading.Storage;
using Corpus.Storage;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator;

/// <summary>
/// Turns the project's <c>CorpusArticle</c> files into a typed, compile-checked corpus.
/// </summary>
/// <remarks>
/// The pipeline, one direction only:
/// <list type="number">
/// <item><see cref="TrackingNames.Files"/>: each additional file the targets list as an article (<see cref="TrackingNames.ArticleList"/>) becomes an <see cref="ArticleFile"/>.</item>
/// <item><see cref="TrackingNames.Match"/>: a file the build task read with exactly this input takes its digest from the
/// embedded store's manifest (<see cref="TrackingNames.Manifest"/>).</item>
/// <item><see cref="TrackingNames.Read"/>: any other file is read by the Roslyn-free reader into its digest: what names
/// the article, what its documentation shows, its store record and its diagnostics.</item>
/// <item><see cref="TrackingNames.Names"/>: the only corpus-wide step gives every article a unique name, id and hint name.</item>
/// <item><see cref="TrackingNames.Articles"/>: each article is paired with its own name; its diagnostics are reported and
/// its member of the generated class is written.</item>
/// <item><see cref="TrackingNames.Parts"/>: the members go into files of 100 articles each, by position.</item>
/// <item>The index (<c>All</c>, <c>Count</c>, <c>TryGet</c>) is emitted from the names alone.</item>
/// <item><see cref="TrackingNames.Store"/>: every article's record, written inline or checked against the embedded store.</item>
/// </list>
/// Every value past the first step has value equality, so an edit to one article re-reads that article only and
/// rewrites only its part (and the index only when a name, id or the order changed). A command-line build reads each
/// article once, in the build task: the generator reads only what changed since the task ran.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class CorpusGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => CorpusOptions.From(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        // The embedded store's manifest: what the build task read from every file. Only an embedded store has one.
        var manifest = TextOfFileNamed(context, options, o => o.ManifestPath)
            .Combine(options)
            .Select((input, _) => EmbeddedManifest.From(input.Left, input.Right.Storage))
            .WithTrackingName(TrackingNames.Manifest);

        // Which additional files are articles: the list the package's targets write.
        var list = TextOfFileNamed(context, options, o => o.ArticleListPath)
            .Select((text, _) => ArticleList.Parse(text))
            .WithTrackingName(TrackingNames.ArticleList);

        // A file whose input the build task read already is taken from the manifest; any other is read here. Only the
        // cheap step that looks a file up in the list runs again for every file when the list changes: a file whose
        // entry is the same is not read again.
        var reads = context.AdditionalTextsProvider
            .Combine(list)
            .Select((input, _) => input.Right.Contains(input.Left.Path, out var junk) ? new ListedText(input.Left, junk) : null)
            .Where(listed => listed is not null)
            .Combine(context.AnalyzerConfigOptionsProvider.Combine(options))
            .Select((input, cancellationToken) => ArticleInputs.ToSource(input.Left!.Text, input.Left.Junk, input.Right.Left.GetOptions(input.Left.Text), input.Right.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Files)
            .Combine(manifest)
            .Select((input, cancellationToken) => ArticleMatch.For(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Match)
            .Select((match, cancellationToken) => match.Read(cancellationToken))
            .WithTrackingName(TrackingNames.Read);

        var naming = reads
            .Select((read, _) => NamingKey.For(read))
            .WithTrackingName(TrackingNames.NamingKeys)
            .Collect()
            .Combine(options)
            .Select((input, _) => CorpusNaming.Assign(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Names);

        // One output per file carries both its diagnostics and its source, so each file passes through one chain of
        // steps; a file left out still reports its diagnostics here.
        var articles = reads
            .Combine(naming)
            .Select((input, _) => ToOutput(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Articles);

        context.RegisterSourceOutput(articles, static (spc, output) =>
        {
            foreach (var invalid in DiagnosticFactory.InvalidSeverities(output.DiagnosticPath, output.Severities))
            {
                spc.ReportDiagnostic(invalid);
            }

            foreach (var diagnostic in output.Diagnostics)
            {
                if (DiagnosticFactory.Create(diagnostic, output.Severities) is { } reported)
                {
                    spc.ReportDiagnostic(reported);
                }
            }

        });

        // The members go into files of 100 articles each, by position: an edit rewrites only its article's part.
        var parts = articles
            .Select((output, _) => output.Member)
            .Where(member => member is not null)
            .Collect()
            .Combine(options)
            .SelectMany((input, _) => ArticleParts.Split(input.Left!, input.Right))
            .WithTrackingName(TrackingNames.Parts);

        context.RegisterSourceOutput(parts, static (spc, part) => AddSource(spc, part.HintName, () => ArticleParts.Emit(part)));

        // The store: every article's record, in one place. Inline, the generator writes it; embedded, the build task has
        // written it and the generator checks it against the articles the compiler sees.
        var store = reads
            .Combine(options)
            .Select((input, _) => StoredArticle.For(input.Left, input.Right.Storage))
            .WithTrackingName(TrackingNames.Stored)
            .Collect()
            .Combine(options)
            .Combine(manifest)
            .Select((input, _) => new StorePlan(input.Left.Right, input.Left.Left.ToEquatableArray(), input.Right))
            .WithTrackingName(TrackingNames.Store);

        context.RegisterSourceOutput(store, static (spc, plan) => EmitStore(spc, plan));

        context.RegisterSourceOutput(naming, static (spc, names) =>
        {
            ReportNaming(spc, names);
            if (names.HasFiles)
            {
                AddSource(spc, CorpusNaming.IndexHintName(names.Options), () => IndexEmitter.Emit(names));
            }
        });
    }

    /// <summary>The text of the additional file whose path <paramref name="path"/> gives, or <see langword="null"/> when there is none.</summary>
    private static IncrementalValueProvider<string?> TextOfFileNamed(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<CorpusOptions> options, Func<CorpusOptions, string?> path) =>
        context.AdditionalTextsProvider
            .Combine(options)
            .Select((input, cancellationToken) => ArticleInputs.TextIfNamed(input.Left, path(input.Right), cancellationToken))
            .Where(text => text is not null)
            .Collect()
            .Select((texts, _) => texts.FirstOrDefault());

    private static ArticleOutput ToOutput(ArticleRead read, CorpusNaming naming) =>
        new(
            read.Digest.Article is { } article && naming.Find(article.Entry.SourcePath) is { } name ? ArticleEmitter.Member(article, name) : null,
            read.Digest.Diagnostics,
            read.Digest.DiagnosticPath,
            read.Severities);

    private static void EmitStore(SourceProductionContext context, StorePlan plan)
    {
        if (plan.Files.Count == 0)
        {
            return;
        }

        var entries = plan.Entries();
        var size = StoreWriter.Size(entries);
        if (size > StoreLayout.MaxLength)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.StoreTooLarge, Location.None, size, StoreLayout.MaxLength));
            if (plan.Options.Storage == StorageMode.Inline)
            {
                AddSource(context, CorpusNaming.StoreHintName(plan.Options), () => StoreEmitter.EmitTooLarge(plan.Options, size));
            }

            return;
        }

        if (plan.Options.Storage == StorageMode.Inline)
        {
            AddSource(context, CorpusNaming.StoreHintName(plan.Options), () => StoreEmitter.Emit(plan.Options, entries));
        }
        else if (StoreCheck.Difference(plan, entries) is { } difference)
        {
            context.ReportDiagnostic(difference);
        }
    }

    private static void ReportNaming(SourceProductionContext context, CorpusNaming names)
    {
        foreach (var setting in names.Options.Invalid)
        {
            context.ReportDiagnostic(DiagnosticFactory.InvalidOption(setting.Name, setting.Value, setting.Used));
        }

        foreach (var note in names.Notes)
        {
            if (DiagnosticFactory.Create(note) is { } reported)
            {
                context.ReportDiagnostic(reported);
            }
        }
    }

    /// <summary>Adds a source, never letting an exception escape: a failure to emit becomes a diagnostic.</summary>
    private static void AddSource(SourceProductionContext context, string hintName, Func<string> emit)
    {
        try
        {
            context.AddSource(hintName, emit());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnexpectedFailure, Location.None, exception.GetType().Name, exception.Message));
        }
    }
}
