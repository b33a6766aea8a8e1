using System.Globalization;
using System.Linq;
using System.Text;
using static System.FormattableString;

namespace Seaworthy.Benchmarks;

/// <summary>
/// The inputs of the scaling runs, generated in memory (never committed): n ENV lines, an n-stage pipeline, and
/// files of a given size for each surface, made of the same realistic block repeated with a new number.
/// </summary>
internal static class ScalingInputs
{
    /// <summary>The surfaces a size run covers, with the name each file is analyzed under.</summary>
    public static readonly (string Surface, string FileName)[] Surfaces =
    {
        ("dockerfile", "Dockerfile"), ("compose", "compose.yaml"), ("kubernetes", "deploy.yaml"),
    };

    /// <summary>A stage with <paramref name="lines"/> ENV lines; each value uses the variable of the line before.</summary>
    public static string EnvLines(int lines)
    {
        var text = new StringBuilder("FROM alpine:3.20\nENV V0=value0\n");
        for (var i = 1; i < lines; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"ENV V{i}=value{i} W{i}=${{V{i - 1}}}\n");
        }

        return text.Append("USER 1000\n").ToString();
    }

    /// <summary>One RUN piping <paramref name="stages"/> commands into each other.</summary>
    public static string Pipeline(int stages) => "FROM alpine:3.20\nRUN " + string.Join(" | ", Enumerable.Repeat("a", stages)) + "\n";

    /// <summary>A file of at least <paramref name="bytes"/> characters for <paramref name="surface"/>.</summary>
    public static string OfSize(string surface, long bytes)
    {
        var text = new StringBuilder(surface == "compose" ? "services:\n" : surface == "dockerfile" ? "FROM ubuntu:22.04 AS base\n" : string.Empty);
        for (var n = 0; text.Length < bytes; n++)
        {
            var port = 8000 + (n % 1000);
            text.Append(surface switch
            {
                "dockerfile" => Invariant($"RUN apt-get update && apt-get install -y curl wget \\\n    && curl -fsSL https://example.com/x{n}.sh | sh \\\n    && rm -rf /var/lib/apt/lists/*\n") + Invariant($"ENV APP_{n}=/opt/app{n} LEVEL=$APP_{n}/bin\nCOPY src{n}/ /opt/app{n}/\nLABEL version{n}=\"1.{n}\"\nEXPOSE {port}\nWORKDIR /opt/app{n}\nUSER app\n"),
                "compose" => Invariant($"  svc{n}:\n    image: nginx:latest\n    privileged: true\n    ports:\n      - \"{port}:80\"\n    environment:\n      APP_ENV: production\n      LEVEL: \"{n}\"\n") +
                    "    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n    cap_add:\n      - SYS_ADMIN\n    restart: always\n",
                _ => Invariant($"---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app{n}\n  namespace: default\n  labels:\n    app: app{n}\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: app{n}\n") + Invariant($"  template:\n    metadata:\n      labels:\n        app: app{n}\n    spec:\n      containers:\n        - name: web\n          image: nginx:latest\n          ports:\n            - containerPort: 80\n") + Invariant($"          securityContext:\n            privileged: true\n          env:\n            - name: LEVEL\n              value: \"{n}\"\n"),
            });
        }

        if (surface == "dockerfile")
        {
            text.Append("CMD [\"sh\"]\n");
        }

        return text.ToString();
    }
}
