"""The ``proeftuin`` command: validate, templates, demo data, figures, exports, reports, combining datasets.

``validate``, ``metrics``, ``export`` and ``render`` take one dataset or
several, which they combine (:mod:`kit.data.combine`); ``samenvoegen``
writes the combination as one workbook.

Exit status: 0 success, 1 invalid data or a failed report, 2 wrong use
(unknown buurt, month outside the data, bad arguments, a path that cannot be
read or written: checked before any work, see :mod:`kit.paths`).

Each command imports the layers it uses when it runs, inside its function:
the command line is the top of the package, so these imports point down,
and ``proeftuin --help`` answers in 0.04 s, ``proeftuin demo`` in 0.5 s,
where importing every layer first would cost each command about 2 s
(pandas, pandera, networkx, matplotlib, nbconvert).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from . import __version__
from .data.lookup import NotInData
from .paths import PathProblem, dataset_to_read, file_to_write, folder_to_write
from .paths import describe as describe_error

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
#: The longest ``render --timeout``: a day per report (a demo report takes seconds).
LONGEST_TIMEOUT = 24 * 60 * 60


#: The help of the dataset arguments.
DATASETS_HELP = "map met CSV-bestanden of een .xlsx-werkmap; meer datasets (van meer begeleiders) worden samengevoegd"


class UsageError(Exception):
    """A wrong argument the user can fix: printed as one line, exit status 2."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="proeftuin",
        description="Onderzoekskit voor de proeftuin buurtplatformrecht: netwerken, cijfers en maandrapporten.",
    )
    parser.add_argument("--version", action="version", version=f"proeftuin-kit {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    validate = commands.add_parser("validate", help="controleer een dataset (map met CSV-bestanden of .xlsx)")
    validate.add_argument("dataset", type=Path, nargs="+", help=DATASETS_HELP)
    validate.add_argument("--lang", choices=("nl", "en"), default="nl", help="taal van de meldingen (standaard nl)")
    validate.add_argument(
        "--samenvatting", action="store_true", help="toon na de controle een overzicht per buurt en maand"
    )
    validate.set_defaults(run=_validate)

    template = commands.add_parser("template", help="schrijf lege sjablonen om in te vullen")
    template.add_argument("directory", type=Path, help="map waarin de sjablonen komen")
    template.add_argument("--xlsx", action="store_true", help="schrijf ook de Excel-werkmap proeftuin-sjabloon.xlsx")
    template.add_argument("--force", action="store_true", help="overschrijf bestaande bestanden")
    template.set_defaults(run=_template)

    demo = commands.add_parser("demo", help="schrijf de fictieve demodataset (twaalf buurten, twaalf maanden)")
    demo.add_argument("directory", type=Path, help="map waarin de dataset komt")
    demo.set_defaults(run=_demo)

    metrics = commands.add_parser("metrics", help="cijfers van een buurt in een maand, of het hele panel")
    metrics.add_argument("dataset", type=Path, nargs="+", help=DATASETS_HELP)
    metrics.add_argument("--buurt", help="id van de buurt")
    metrics.add_argument("--maand", help="maand als JJJJ-MM")
    metrics.add_argument("--json", action="store_true", help="druk de cijfers af als één JSON-object")
    metrics.add_argument(
        "--out", type=Path, help="schrijf het panel (alle buurten en maanden) naar .csv, .parquet of .xlsx"
    )
    metrics.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="aantal processen voor het panel")
    metrics.add_argument("--force", action="store_true", help="overschrijf een bestaand panelbestand")
    metrics.add_argument(
        "--met-draaglast",
        action="store_true",
        help="neem de draaglast (belasting, dragers, incident) op in het panel; vertrouwelijk, zie docs/privacy.md",
    )
    metrics.set_defaults(run=_metrics)

    export = commands.add_parser("export", help="het netwerk van een buurt over alle maanden, voor Gephi")
    export.add_argument("dataset", type=Path, nargs="+", help=DATASETS_HELP)
    export.add_argument("--buurt", required=True, help="id van de buurt")
    export.add_argument("--format", choices=("gexf", "graphml"), default="gexf")
    export.add_argument("--out", type=Path, help="bestand (standaard <buurt>.<format>)")
    export.add_argument("--force", action="store_true", help="overschrijf een bestaand bestand")
    export.set_defaults(run=_export)

    render = commands.add_parser(
        "render",
        help="maandrapporten van alle buurten en het overzicht, of een synthese over een periode (HTML en PDF)",
    )
    render.add_argument("dataset", type=Path, nargs="+", help=DATASETS_HELP)
    render.add_argument("--maand", help="maand als JJJJ-MM (standaard de laatste maand van de dataset)")
    render.add_argument("--buurt", action="append", help="alleen deze buurt (herhaalbaar)")
    render.add_argument(
        "--synthese",
        metavar="JJJJ-MM:JJJJ-MM",
        help="maak in plaats van de maandrapporten de synthese van de hele proeftuin over deze periode",
    )
    render.add_argument("--out", type=Path, default=Path("reports"), help="uitvoermap (standaard reports/)")
    render.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="aantal rapporten tegelijk")
    render.add_argument("--formats", default="html,pdf", help="komma-gescheiden: html, pdf (standaard html,pdf)")
    render.add_argument(
        "--bijlage",
        action="store_true",
        help="maak bij elk maandrapport en bij het intervisieblad ook de bijlage-PDF (maandrapport.bijlage.pdf, "
        "overzicht.bijlage.pdf: alle cijfers, voor de facilitator)",
    )
    render.add_argument(
        "--force",
        action="store_true",
        help="maak bestaande rapporten opnieuw (een versie uit andere gegevens blijft bewaard)",
    )
    render.add_argument(
        "--timeout",
        type=float,
        default=None,
        metavar="SECONDEN",
        help=f"tijdslimiet per rapport in seconden (standaard 300, hoogstens {LONGEST_TIMEOUT})",
    )
    render.add_argument(
        "--stil",
        "--quiet",
        dest="stil",
        action="store_true",
        help="geen voortgangsbalk (die staat alleen aan als stderr een terminal is)",
    )
    render.set_defaults(run=_render)

    samenvoegen = commands.add_parser(
        "samenvoegen", help="voeg de gegevens van meer begeleiders samen tot één Excel-werkmap"
    )
    samenvoegen.add_argument("dataset", type=Path, nargs="+", help=DATASETS_HELP)
    samenvoegen.add_argument("--out", type=Path, required=True, help="de werkmap die ontstaat (.xlsx)")
    samenvoegen.add_argument("--force", action="store_true", help="overschrijf een bestaande werkmap")
    samenvoegen.add_argument("--lang", choices=("nl", "en"), default="nl", help="taal van de meldingen (standaard nl)")
    samenvoegen.set_defaults(run=_samenvoegen)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except (UsageError, PathProblem, NotInData) as error:
        print(f"proeftuin: {error}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as error:  # what the checks could not foresee: a full disk, a file locked meanwhile
        print(f"proeftuin: {describe_error(error)}", file=sys.stderr)
        return EXIT_USAGE


def _datasets(paths: list[Path]) -> list[Path]:
    """The datasets of a command, each checked before any work (:func:`kit.paths.dataset_to_read`), none twice."""
    for path in paths:
        dataset_to_read(path)
    if len({path.resolve() for path in paths}) < len(paths):
        raise UsageError("een dataset staat er twee keer in: noem elke dataset één keer")
    return paths


def _shown(result, paths: list[Path]) -> str:
    """The datasets as a command prints them: a folder or workbook may be named after a person."""
    return ", ".join(result.public(str(path)) for path in paths)


def _load(paths: list[Path]):
    """Load the dataset, or several combined, for a command; invalid data prints its problems and exits 1."""
    from .data.dataset import InvalidDataset, load

    try:
        return load(_datasets(paths))
    except InvalidDataset as error:
        print(error.result.format(), file=sys.stderr)
        shown = _shown(error.result, paths)
        print(f"{len(error.result.errors)} fout(en): eerst '{shown}' verbeteren (proeftuin validate).", file=sys.stderr)
        raise SystemExit(EXIT_INVALID) from None


def _validate(args) -> int:
    from .analysis.summary import month_summary
    from .data.combine import validate_all
    from .data.dataset import from_validation

    result = validate_all(_datasets(args.dataset))
    if result.problems:
        print(result.format(args.lang))
    errors, warnings = len(result.errors), len(result.warnings)
    shown = _shown(result, args.dataset)
    if args.lang == "en":
        print(f"{shown}: {'valid' if result.ok else 'invalid'}, {errors} error(s), {warnings} warning(s)")
    else:
        print(f"{shown}: {'geldig' if result.ok else 'ongeldig'}, {errors} fout(en), {warnings} waarschuwing(en)")
    if result.ok and args.samenvatting:
        print(month_summary(from_validation(result)).to_string())
    return EXIT_OK if result.ok else EXIT_INVALID


def _samenvoegen(args) -> int:
    """``samenvoegen PAD … --out gegevens.xlsx``: the combination as one workbook, only when it has no errors."""
    from .atomic import write_bytes
    from .data.combine import combine, workbook
    from .data.dataset import FICTIONAL_MARKER, from_validation
    from .demo.writer import FICTIEF_TEXT

    out = file_to_write(args.out)
    if out.suffix.lower() != ".xlsx":
        raise UsageError("--out moet eindigen op .xlsx")
    if out.exists() and not args.force:
        raise UsageError(f"{out} bestaat al (gebruik --force om te overschrijven)")
    combined = combine(_datasets(args.dataset))
    result = combined.result
    if not result.ok:
        print(result.format(args.lang), file=sys.stderr)
        print(f"{len(result.errors)} fout(en): niets geschreven; eerst verbeteren.", file=sys.stderr)
        return EXIT_INVALID
    write_bytes(out, workbook(combined.cells))
    print(out)
    marker = out.parent / FICTIONAL_MARKER
    if from_validation(result).fictional and not marker.exists():  # a fictional source keeps its banner
        write_bytes(marker, FICTIEF_TEXT.encode("utf-8"))
        print(marker)
    return EXIT_OK


def _template(args) -> int:
    from .data.templates import write_templates

    folder_to_write(args.directory)
    try:
        written = write_templates(args.directory, xlsx=args.xlsx, force=args.force)
    except FileExistsError as error:
        raise UsageError(f"{error.filename or error} bestaat al (gebruik --force om te overschrijven)") from None
    for path in written:
        print(path)
    return EXIT_OK


def _demo(args) -> int:
    from .demo import write_demo

    folder_to_write(args.directory)
    for path in write_demo(args.directory):
        print(path)
    return EXIT_OK


def _month(maand: str | None):
    """``--maand`` as a Period, read once by the one rule for a month (:func:`kit.data.months.as_month`)."""
    from .data.months import as_month

    try:
        return as_month(maand or "")
    except ValueError as error:
        raise UsageError(str(error)) from None


def _buurt_and_month(dataset, buurt: str | None, maand: str | None):
    """Check ``--buurt`` and ``--maand`` against the data (:mod:`kit.data.lookup`); return the month as a Period."""
    from .data.lookup import check_buurt
    from .data.spans import check_month

    check_buurt(dataset, buurt)
    return check_month(dataset, _month(maand))


def _metrics(args) -> int:
    from .analysis.figures import figures
    from .analysis.panel import panel
    from .analysis.summary import describe, public_figures

    if args.out is not None:
        from .analysis.panel_file import SUFFIXES, write_panel
        from .privacy import public_files

        file_to_write(args.out)
        if args.out.suffix.lower() not in SUFFIXES:
            raise UsageError("--out moet eindigen op .csv, .parquet of .xlsx")
        if args.out.exists() and not args.force:
            raise UsageError(f"{args.out} bestaat al (gebruik --force om te overschrijven)")
    dataset = _load(args.dataset)
    if args.out is not None:
        frame = panel(dataset, buurten=[args.buurt] if args.buurt else None, jobs=args.jobs, pulse=args.met_draaglast)
        write_panel(frame, args.out, public_files(dataset))
        print(f"{args.out}: {len(frame)} rijen ({frame['buurt'].nunique()} buurten)")
        return EXIT_OK
    month = _buurt_and_month(dataset, args.buurt, args.maand)
    result = figures(dataset, args.buurt, month)
    if args.json:
        print(json.dumps(public_figures(result, dataset), ensure_ascii=False, indent=1, allow_nan=False))
    else:
        print(describe(result, dataset))
    return EXIT_OK


def _export(args) -> int:
    from .analysis.export import write_network
    from .data.lookup import check_buurt

    out = file_to_write(args.out or Path(f"{args.buurt}.{args.format}"))
    dataset = _load(args.dataset)
    check_buurt(dataset, args.buurt)
    if out.exists() and not args.force:
        raise UsageError(f"{out} bestaat al (gebruik --force om te overschrijven)")
    write_network(dataset, args.buurt, out, args.format)
    print(out)
    return EXIT_OK


def _render(args) -> int:
    """``render``: the workers and their kernels start (:class:`kit.render.factory.Factory`) before anything
    heavy is imported, and boot while the data is read and checked; invalid data, or a month or buurt it does
    not have, stops them."""
    from .render.factory import maand_factory

    folder_to_write(args.out)
    options = _render_options(args)
    if args.synthese is not None:
        return _render_synthese(args, options)
    with maand_factory(args.jobs, args.buurt) as factory:
        from .data.lookup import check_buurt
        from .data.spans import check_month, dataset_months
        from .render.batch import render

        month = None if args.maand is None else _month(args.maand)
        dataset = _load(args.dataset)
        if month is None:
            months = dataset_months(dataset)
            if not months:
                raise UsageError("de dataset noemt geen enkele maand")
            month = months[-1]
        else:
            month = check_month(dataset, month)
        for buurt in args.buurt or []:
            check_buurt(dataset, buurt)
        return _rendered(render(dataset, month, buurten=args.buurt, bijlage=args.bijlage, factory=factory, **options))


def _rendered(summary) -> int:
    """Print what a render did (:class:`kit.render.batch.RenderSummary`); the exit status."""
    print(summary.describe())
    return EXIT_INVALID if summary.failed else EXIT_OK


def _render_options(args) -> dict[str, Any]:
    """The options of ``render`` every kind of report takes: ``--out``, ``--formats``, ``--timeout``,
    ``--force`` and ``--stil`` (a progress bar only on a terminal), checked before any work.

    A time limit is a number of seconds above 0 and at most
    :data:`LONGEST_TIMEOUT`: ``nan``, ``inf`` and ``1e999``, which ``float``
    reads, meant no limit at all, and a report that hangs would hang the batch.
    """
    from .render.job import TIMEOUT

    formats = tuple(f.strip() for f in args.formats.split(",") if f.strip())
    if not formats or set(formats) - {"html", "pdf"}:
        raise UsageError("--formats kent alleen html en pdf")
    if args.timeout is not None and not 0 < args.timeout <= LONGEST_TIMEOUT:  # also false for nan
        raise UsageError(f"--timeout is een aantal seconden, meer dan 0 en hoogstens {LONGEST_TIMEOUT} (een dag)")
    return {
        "out": args.out,
        "formats": formats,
        "force": args.force,
        "progress": not args.stil and sys.stderr.isatty(),
        "timeout": TIMEOUT if args.timeout is None else args.timeout,
    }


def _render_synthese(args, options: dict[str, Any]) -> int:
    """``render --synthese JJJJ-MM:JJJJ-MM``: the period checked against the data before any work."""
    from .data.months import as_period, month_text
    from .data.spans import check_period, dataset_months
    from .render.batch import render_synthese
    from .render.factory import synthese_factory

    if args.maand is not None or args.buurt:
        raise UsageError("--synthese gaat over alle buurten en een periode: laat --maand en --buurt weg")
    if args.bijlage:
        raise UsageError(
            "--bijlage hoort bij de maandrapporten en het intervisieblad; de synthese heeft geen bijlage-PDF"
        )
    try:
        first, last = as_period(args.synthese)
    except ValueError as error:
        raise UsageError(str(error)) from None
    with synthese_factory() as factory:
        dataset = _load(args.dataset)
        if not dataset_months(dataset):
            raise UsageError("de dataset noemt geen enkele maand")
        van, tot = (month_text(m) for m in check_period(dataset, first, last))
        return _rendered(render_synthese(dataset, van, tot, factory=factory, **options))


if __name__ == "__main__":
    sys.exit(main())
