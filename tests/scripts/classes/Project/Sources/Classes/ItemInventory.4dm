// classes.md, session singleton example: the initialized property of a
// shared class is a shared collection.
property itemList : Collection:=[]

session singleton Class constructor()

shared Function addItem($item : Object)
	This.itemList.push($item)
