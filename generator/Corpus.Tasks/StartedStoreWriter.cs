using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

namespace Corpus.Tasks;

/// <summary>
/// A store writer started early in the build (<see cref="StartCorpusStore"/>), kept by MSBuild for the build's length
/// until <see cref="WriteCorpusStore"/> takes it, waits for it and relays what it printed. MSBuild disposes whatever is
/// left at the end of the build, which stops a writer no task waited for: a build that failed before it got there.
/// </summary>
internal sealed class StartedStoreWriter : IDisposable
{
    private readonly Process _process;
    private readonly List<(string Line, bool IsError)> _output = [];

    private StartedStoreWriter(Process process, string request)
    {
        _process = process;
        Request = request;
    }

    /// <summary>The request the writer was started with: a task asking for another one does not take this writer.</summary>
    public string Request { get; }

    /// <summary>
    /// Starts <paramref name="tool"/> with <paramref name="arguments"/> and the <c>NAME=value</c> settings in
    /// <paramref name="environment"/>, recording every line it prints.
    /// </summary>
    public static StartedStoreWriter Start(string tool, string arguments, string request, IEnumerable<string> environment)
    {
        var start = new ProcessStartInfo(tool, arguments)
        {
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var setting in environment)
        {
            var equals = setting.IndexOf('=');
            start.Environment[setting.Substring(0, equals)] = setting.Substring(equals + 1);
        }

        var process = new Process { StartInfo = start };
        var started = new StartedStoreWriter(process, request);
        process.OutputDataReceived += (_, line) => started.Record(line.Data, isError: false);
        process.ErrorDataReceived += (_, line) => started.Record(line.Data, isError: true);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>
    /// Waits for the writer to exit, or for <paramref name="cancellation"/> (which stops it); then its exit code and every
    /// line it printed, in order, each marked when it came on standard error.
    /// </summary>
    public (int ExitCode, IReadOnlyList<(string Line, bool IsError)> Output) Wait(CancellationToken cancellation)
    {
        using (cancellation.Register(Stop))
        {
            // With no timeout, this also waits for the last printed lines to be recorded.
            _process.WaitForExit();
        }

        cancellation.ThrowIfCancellationRequested();
        lock (_output)
        {
            return (_process.ExitCode, _output.ToArray());
        }
    }

    public void Dispose()
    {
        Stop();
        _process.Dispose();
    }

    private void Record(string? line, bool isError)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.Add((line, isError));
            }
        }
    }

    private void Stop()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // It exited meanwhile, or was never started.
        }
    }
}
