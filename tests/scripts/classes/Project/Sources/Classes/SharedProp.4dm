property myCollection:=["something"]
property label:="x"

shared Class constructor()
