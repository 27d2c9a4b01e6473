using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Text;
using Corpus.StoreWriting;

namespace Corpus.Tasks;

/// <summary>
/// One run of a store writer: the process, started with its output redirected, and every line it prints, kept in the
/// order they come until the task that waits for it logs them. Nothing is logged from here: a run started ahead of the
/// compiler outlives the task that started it, and only a running task may log.
/// </summary>
internal sealed class StoreWriterRun : IDisposable
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly Process _process;
    private readonly List<string> _lines = [];
    private bool _greeted;

    private StoreWriterRun(Process process, string commandLine, bool native)
    {
        _process = process;
        CommandLine = commandLine;
        Native = native;
    }

    /// <summary>The program and its arguments, as the build log shows them.</summary>
    public string CommandLine { get; }

    /// <summary>Whether the program is the native store writer (otherwise <c>dotnet</c> running the portable one).</summary>
    public bool Native { get; }

    /// <summary>The process's id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>The exit code; read only after <see cref="WaitForExit"/> returned <see langword="true"/>.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Whether the program printed the protocol's greeting: it is the store writer, and it ran.</summary>
    public bool Greeted
    {
        get
        {
            lock (_lines)
            {
                return _greeted;
            }
        }
    }

    /// <summary>What the program printed, standard output and standard error, without the greeting.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return _lines.ToArray();
            }
        }
    }

    /// <summary>Starts <paramref name="program"/> with <paramref name="arguments"/> (quoted as a command line).</summary>
    /// <returns>The run, or <see langword="null"/> when the program could not be started, with <paramref name="failure"/> saying why.</returns>
    public static StoreWriterRun? Start(string program, string arguments, bool native, out string? failure)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardInput = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
        };
        var process = new Process { StartInfo = start };
        try
        {
            var run = new StoreWriterRun(process, program + " " + arguments, native);
            process.OutputDataReceived += (_, line) => run.Add(line.Data);
            process.ErrorDataReceived += (_, line) => run.Add(line.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            failure = null;
            return run;
        }
        catch (Exception exception) when (exception is Win32Exception or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            process.Dispose();
            failure = exception.Message;
            return null;
        }
    }

    /// <summary>Waits for the program to exit and for its last line to be read.</summary>
    /// <param name="cancelled">Asked while waiting: when it says so, the program is stopped.</param>
    /// <returns><see langword="false"/> when the wait was cancelled.</returns>
    public bool WaitForExit(Func<bool> cancelled)
    {
        while (!_process.WaitForExit(100))
        {
            if (cancelled())
            {
                Stop();
                return false;
            }
        }

        // Only the wait without a timeout waits for the redirected output to be read to its end.
        _process.WaitForExit();
        return true;
    }

    /// <summary>Stops the program if it is still running, and lets go of it.</summary>
    public void Dispose()
    {
        Stop();
        _process.Dispose();
    }

    private void Stop()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit();
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // It ended meanwhile, or was never started.
        }
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            if (line == StoreProtocol.Greeting)
            {
                _greeted = true;
            }
            else
            {
                _lines.Add(line);
            }
        }
    }
}
