gotError:=True
