using Seaworthy.Compose;
using Seaworthy.Dockerfile;
using Seaworthy.Engine;
using Seaworthy.Workloads;

namespace Seaworthy.Analysis;

/// <summary>The context of a callback on a whole Compose project.</summary>
public sealed class ComposeProjectContext : RuleContext
{
    internal ComposeProjectContext(DiagnosticSink sink, ComposeProject project)
        : base(sink) => Project = project;

    /// <summary>The project: its files, services, top-level resources, variables and problems.</summary>
    public ComposeProject Project { get; }
}

/// <summary>The context of a callback on one Compose service.</summary>
public sealed class ComposeServiceContext : RuleContext
{
    internal ComposeServiceContext(DiagnosticSink sink, ComposeProject project, ComposeService service, ContainerSpec container, DockerfileSyntax? dockerfile)
        : base(sink)
    {
        Project = project;
        Service = service;
        Container = container;
        Dockerfile = dockerfile;
    }

    /// <summary>The project the service belongs to.</summary>
    public ComposeProject Project { get; }

    /// <summary>The service, after overrides, extends and merge keys.</summary>
    public ComposeService Service { get; }

    /// <summary>The service as a container, linked to the Dockerfile it builds.</summary>
    public ContainerSpec Container { get; }

    /// <summary>
    /// The Dockerfile the service builds, parsed; null for a service that builds nothing, from a remote context or an
    /// inline Dockerfile, or whose Dockerfile cannot be read (its own analysis says why).
    /// </summary>
    public DockerfileSyntax? Dockerfile { get; }
}
