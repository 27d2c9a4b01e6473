using System;
using System.ComponentModel;
using System.IO;
using Microsoft.Build.Framework;

namespace Corpus.Tasks;

/// <summary>
/// Starts the store writer as the build begins, so that it reads the articles while MSBuild resolves references and
/// does the rest of its work before the compiler; <see cref="WriteCorpusStore"/>, right before the compiler, waits for
/// it and reports what it did. It takes the same parameters. Whatever keeps it from starting the writer (no dotnet, a
/// request that cannot be written, a host that cannot keep it) it leaves to <see cref="WriteCorpusStore"/> to run the
/// writer, or to report: this task itself never fails a build.
/// </summary>
public sealed class StartCorpusStore : CorpusStoreTask
{
    /// <inheritdoc />
    public override bool Execute()
    {
        var tool = GenerateFullPathToTool();
        if (BuildEngine is not IBuildEngine4 engine || !File.Exists(tool) || RequestText(reportError: null) is not { } request || WriteRequestFile(request) is not null)
        {
            return true;
        }

        try
        {
            var started = StartedStoreWriter.Start(tool, GenerateCommandLineCommands(), request, [NoTieringDelay]);
            engine.RegisterTaskObject(StartedKey(StoreFile), started, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
            Log.LogMessage(MessageImportance.Normal, "Corpus: the store writer started, reading the articles while the build goes on.");
        }
        catch (Exception exception) when (exception is Win32Exception or InvalidOperationException or IOException or PlatformNotSupportedException)
        {
            Log.LogMessage(MessageImportance.Low, "Corpus: the store writer could not be started early ({0}); it is started before the compiler instead.", exception.Message);
        }

        return true;
    }
}
