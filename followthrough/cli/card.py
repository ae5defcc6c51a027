"""`followthrough card --qr`: your own card as a QR code, to show or to save."""

from __future__ import annotations

from pathlib import Path

import click

from followthrough.cli.context import App, pass_app
from followthrough.cli.terminal import UserError, console, escape

IMAGE_SUFFIXES = (".png", ".svg")


@click.command()
@click.option("--qr", is_flag=True, help="Show the card as a QR code someone can scan.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Save the QR code as .png or .svg (or the card as .vcf).")
@pass_app
def card(app: App, qr: bool, out: Path | None) -> None:
    """Your own card (name, e-mail; phone, title, company if set under [me] in config.toml).

    \b
    Example:
      followthrough card --qr                 # scan it from the terminal
      followthrough card --qr --out card.png
      followthrough card --out me.vcf
    """
    from followthrough.services.my_card import my_qr, my_vcard

    if out is not None and out.suffix.lower() == ".vcf":
        out.write_text(my_vcard(app.prefs), encoding="utf-8", newline="")
        console.print(f"Wrote {escape(str(out))}.")
        return
    if not qr:
        if out is not None:
            raise UserError("add --qr to save the QR code, or give --out a .vcf name")
        click.echo(my_vcard(app.prefs), nl=False)
        return
    code = my_qr(app.prefs)
    if out is None:
        code.terminal(compact=True)
        return
    if out.suffix.lower() not in IMAGE_SUFFIXES:
        raise UserError(f"--out {out.name}: the QR code is saved as .png or .svg")
    code.save(str(out), scale=8, border=4)
    console.print(f"Wrote {escape(str(out))}.")
