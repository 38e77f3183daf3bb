// Extends a class this project does not have (a component's, say): the
// class loads, and instantiating it is an error.
Class extends _componentWidget

Class constructor
	Super()
